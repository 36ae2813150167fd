fn main() {
    let numbers = vec![1, 2, 3, 4]; //@ list

    let chain = numbers //@ chain
        .iter()
        .map(|n| { //@ map
            println!("map {n}"); //@ maplog
            n * 10 //@ mapret
        })
        .filter(|n| { //@ filter
            println!("filter {n}"); //@ filterlog
            *n > 10 //@ filterret
        })
        .take(2); //@ take
    println!("chain built"); // nothing has run yet //@ built

    let result: Vec<i32> = chain.collect(); // now it runs //@ print
    println!("{result:?}"); //@ print
}
