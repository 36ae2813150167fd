fn tag(label: String, n: u32) -> String {
    format!("{label}-{n}")
}

fn main() {
    let label = String::from("item");
    for n in 1..=3 {
        println!("{}", tag(label, n));
    }
}
