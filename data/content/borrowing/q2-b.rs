fn main() {
    let mut names = vec![String::from("Ada")];
    let first = &names[0];
    println!("{first}");
    names.push(String::from("Grace"));
}
