fn main() {
    let mut names = vec![String::from("Ada")];
    let all = &mut names;
    let first = &mut names[0];
    all.push(String::from("Grace"));
    first.push_str(" Lovelace");
}
