// &mut Vec<String> is a mutable borrow: the only way to reach the vector
// while the borrow lasts.
fn add_topping(list: &mut Vec<String>, topping: &str) {
    list.push(topping.to_string());
}

fn main() {
    let mut toppings = vec![String::from("cheese")];
    add_topping(&mut toppings, "basil");
    add_topping(&mut toppings, "olives");

    println!("{}", toppings.join(", "));
}
