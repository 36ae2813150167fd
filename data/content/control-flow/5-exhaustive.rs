fn label(stars: u8) -> &'static str { //@ fn
    match stars { //@ match
        0 => "unrated", //@ zero
        1 | 2 => "poor", //@ poor
        3 => "fine", //@ fine
        4 | 5 => "great", //@ great
    } //@ end
}

fn main() {
    println!("{}", label(4)); //@ ok
    println!("{}", label(6)); //@ bad
}
