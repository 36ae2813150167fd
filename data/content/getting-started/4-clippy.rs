fn main() {
    let names = ["Ada", "Grace", "Linus"]; //@ names

    // Compiles and runs, but cargo clippy warns about both marked lines.
    for i in 0..names.len() { //@ loop
        println!("{}. {}", i + 1, names[i]); //@ print
    }
    let done = names.len() > 2; //@ done
    if done == true { //@ check
        println!("done"); //@ msg
    }

    // The version clippy suggests:
    // for (i, name) in names.iter().enumerate() { println!("{}. {name}", i + 1); }
    // if done { ... }
}
