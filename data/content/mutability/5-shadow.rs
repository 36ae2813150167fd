fn main() {
    let input = " 42 "; //@ text

    // Shadowing: a new binding with the same name, even of another type.
    let input: u32 = input.trim().parse().expect("not a number"); //@ parse

    println!("{}", input + 1); //@ print
}
