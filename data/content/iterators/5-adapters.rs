fn main() {
    let names = ["ada", "grace", "linus"]; //@ names
    let scores = [90, 85]; //@ scores

    for (i, n) in names.iter().enumerate() { //@ enumerate
        println!("{i} {n}"); //@ eprint
    }

    // zip stops at the shorter side: linus has no score.
    let pairs: Vec<String> = names.iter().zip(scores).map(|(n, s)| format!("{n}={s}")).collect(); //@ zip
    println!("{}", pairs.join(" ")); //@ zipprint

    let first_three: Vec<&str> = ["margaret"].into_iter().chain(names).take(3).collect(); //@ chain
    println!("{}", first_three.join(" ")); //@ chainprint

    // rev walks backwards; names itself is untouched.
    let backwards: Vec<&str> = names.iter().rev().copied().collect(); //@ rev
    println!("{}", backwards.join(" ")); //@ rev
}
