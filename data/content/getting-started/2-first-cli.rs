// Usage: cargo run -- 0 37 100
fn main() {
    let inputs: Vec<String> = std::env::args().skip(1).collect(); //@ args
    let temperatures = if inputs.is_empty() { //@ default
        vec!["0".to_string(), "37".to_string(), "100".to_string()]
    } else {
        inputs
    };

    for text in &temperatures { //@ loop
        let Ok(celsius) = text.parse::<f64>() else { //@ parse
            eprintln!("not a number: {text}"); //@ error
            continue; //@ skip
        };
        let fahrenheit = celsius * 9.0 / 5.0 + 32.0; //@ convert
        println!("{celsius} °C = {fahrenheit:.1} °F"); //@ print
    }
}
