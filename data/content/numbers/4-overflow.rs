fn add_points(score: u8, points: u8) -> u8 { //@ fn
    score + points // a u8 holds 0 to 255 //@ add
}

fn main() {
    let score: u8 = 250; //@ score
    println!("{}", add_points(score, 5)); //@ ok
    println!("{}", add_points(score, 10)); // panics in a debug build //@ over
}
