fn main() {
    let mut queue = vec![String::from("a"), String::from("b")]; //@ make
    let mut visits = 0;

    // The loop borrows queue for reading until it ends.
    for item in &queue { //@ loop
        visits += 1;
        if !item.ends_with('!') {
            queue.push(format!("{item}!")); //@ push
        }
    }
    println!("{visits} visits: {}", queue.join(" ")); //@ print
}
