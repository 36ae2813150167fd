fn area(width: f64, height: f64) -> f64 { //@ fn
    width * height; //@ body
}

fn main() {
    let total = area(3.0, 4.0) + 1.0; //@ call
    println!("{total}"); //@ print
}
