fn main() {
    let first = String::from("Grace"); //@ first
    let last = "Hopper"; //@ last

    // String + &str + &str: first's buffer is reused, and first is moved.
    let full = first + " " + last; //@ full
    println!("{full}"); //@ print

    let rank = "Rear" + " Admiral"; //@ rank
    println!("{rank}"); //@ print2
}
