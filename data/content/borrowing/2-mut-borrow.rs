// &mut Vec<String> is a mutable borrow: while it lasts, it is the only way
// to reach the vector.
fn add_topping(list: &mut Vec<String>, topping: &str) { //@ fn
    list.push(topping.to_string()); //@ push
}

fn add_defaults(list: &mut Vec<String>) { //@ defaults
    // Passing list on lends it again for the length of each call (a reborrow).
    add_topping(list, "basil"); //@ again1
    add_topping(list, "olives"); //@ again2
}

fn main() {
    let mut toppings = vec![String::from("cheese")]; //@ make
    add_defaults(&mut toppings); //@ call
    println!("{}", toppings.join(", ")); //@ print
}
