fn main() {
    let mut names = vec![String::from("Ada")];
    let first = &names[0];
    names.push(String::from("Grace"));
    println!("{first}");
}
