use std::env;

// Usage: cargo run -- 0 37 100
fn main() {
    let mut inputs: Vec<String> = env::args().skip(1).collect();
    if inputs.is_empty() {
        inputs = vec!["0".into(), "37".into(), "100".into()];
    }

    for text in &inputs {
        let Ok(celsius) = text.parse::<f64>() else {
            eprintln!("not a number: {text}");
            continue;
        };
        let fahrenheit = celsius * 9.0 / 5.0 + 32.0;
        println!("{celsius} °C = {fahrenheit:.1} °F");
    }
}
