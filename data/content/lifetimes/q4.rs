fn main() {
    let mut lines: Vec<&str> = Vec::new();
    for n in 1..=2 {
        let line = format!("line {n}");
        lines.push(&line);
    }
    println!("{}", lines.len());
}
