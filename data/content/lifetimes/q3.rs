fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let x = String::from("rust");
    {
        let y = String::from("ruby");
        println!("{}", longer(&x, &y));
    }
}
