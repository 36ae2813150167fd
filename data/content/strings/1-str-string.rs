fn main() {
    let greeting: &str = "Hello"; // borrowed text, stored in the program //@ literal
    let mut message = String::from(greeting); // an owned, growable copy //@ owned

    message.push_str(", world"); // grows the same buffer //@ push
    message.push('!'); // a single char, in single quotes //@ pushchar

    println!("{message}"); //@ print
    println!("{greeting}"); //@ print2
    println!("{}", message.len()); //@ len
}
