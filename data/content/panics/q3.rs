fn main() {
    let names = vec!["Ada", "Grace", "Linus"];
    for i in 0..=names.len() {
        println!("{}: {}", i + 1, names[i]);
    }
}
