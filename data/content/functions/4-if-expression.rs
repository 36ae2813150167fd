fn main() {
    let temperature = 23; //@ temp

    let label = if temperature > 25 { //@ label
        "hot"
    } else if temperature > 15 {
        "mild"
    } else {
        "cold"
    };
    println!("{label}"); //@ print1

    // A block is an expression: its last line is its value.
    let feels_like = { //@ block
        let wind = 10; //@ wind
        let chill = wind / 5; //@ chill
        temperature - chill //@ value
    }; //@ end
    println!("{feels_like}"); //@ print2
}
