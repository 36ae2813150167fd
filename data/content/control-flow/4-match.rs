fn describe(n: u32) -> String { //@ fn
    match n { //@ match
        0 => "zero".to_string(), //@ zero
        7 | 13 => "lucky".to_string(), //@ alt
        small @ 1..=9 => format!("small ({small})"), //@ range
        _ if n % 2 == 0 => "large and even".to_string(), //@ guard
        _ => "large and odd".to_string(), //@ default
    } //@ end
}

fn main() {
    for n in [0, 7, 4, 12, 13, 21] { //@ loop
        println!("{n}: {}", describe(n)); //@ print
    }
}
