fn main() {
    let input = "42";

    // Shadowing: a new binding with the same name, even of a new type.
    let input: u32 = input.parse().expect("not a number");

    println!("{}", input + 1);
}
