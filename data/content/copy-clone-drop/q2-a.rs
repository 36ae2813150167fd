#[derive(Clone, Copy)]
struct Label {
    text: String,
}

fn main() {
    let a = Label { text: String::from("new") };
    let b = a;
    println!("{} {}", a.text, b.text);
}
