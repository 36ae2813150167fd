fn initial(name: &str) -> &str {
    &name[0..1]
}

fn main() {
    for name in ["Ada", "Émile"] {
        println!("{}", initial(name));
    }
}
