fn add_guest(list: &Vec<String>, name: &str) {
    list.push(name.to_string());
}

fn main() {
    let mut guests = vec![String::from("Ada")];
    add_guest(&guests, "Grace");
    println!("{}", guests.len());
}
