// Takes ownership of the vector, changes it, and hands it back.
fn add_item(mut list: Vec<String>, item: &str) -> Vec<String> { //@ fn
    list.push(item.to_string()); //@ push
    list //@ ret
}

fn main() {
    let list = vec![String::from("bread")]; //@ make
    let list = add_item(list, "milk"); //@ call1
    let list = add_item(list, "eggs"); //@ call2
    println!("{}", list.join(", ")); //@ print
}
