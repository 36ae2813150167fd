use std::error::Error;

// Box<dyn Error> can hold any error type, so ? accepts them all.
fn area(width: &str, height: &str) -> Result<f64, Box<dyn Error>> { //@ fn
    let w: f64 = width.parse()?; // a ParseFloatError on failure //@ float
    let h: u32 = height.parse()?; // a ParseIntError on failure //@ int
    if w <= 0.0 {
        return Err("width must be positive".into()); // a plain message works too //@ msg
    }
    Ok(w * f64::from(h)) //@ ok
}

fn main() {
    for (w, h) in [("2.5", "4"), ("2.5", "four"), ("-1", "4")] { //@ loop
        match area(w, h) {
            Ok(a) => println!("area {a}"), //@ okcase
            Err(err) => println!("error: {err}"), //@ errcase
        }
    }
}
