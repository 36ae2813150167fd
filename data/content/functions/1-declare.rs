fn area(width: f64, height: f64) -> f64 { //@ fn
    width * height // no semicolon: this is the return value //@ body
}

fn main() {
    println!("{}", area(3.0, 4.0)); //@ call1
    println!("{}", area(2.5, 2.0)); //@ call2
    println!("{}", describe(3.0)); // defined below, and that is fine //@ call3
}

fn describe(side: f64) -> String { //@ fn2
    format!("a square of side {side} has area {}", area(side, side)) //@ body2
}
