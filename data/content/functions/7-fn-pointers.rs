fn double(x: f64) -> f64 { //@ double
    x * 2.0 //@ doublebody
}

fn square(x: f64) -> f64 { //@ square
    x * x //@ squarebody
}

// f is any function that takes an f64 and returns an f64.
fn apply_twice(f: fn(f64) -> f64, value: f64) -> f64 { //@ apply
    f(f(value)) //@ applybody
}

fn main() {
    println!("{}", apply_twice(double, 3.0)); //@ call1
    println!("{}", apply_twice(square, 3.0)); //@ call2
    println!("{}", apply_twice(|x| x - 1.0, 3.0)); // a closure that captures nothing //@ call3
}
