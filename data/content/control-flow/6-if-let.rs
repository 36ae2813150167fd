use std::collections::HashMap;

fn main() {
    let prices = HashMap::from([("apple", 120), ("pear", 95)]); //@ prices

    for fruit in ["pear", "kiwi"] { //@ loop
        if let Some(price) = prices.get(fruit) { //@ iflet
            println!("{fruit}: {price} cents"); //@ found
        } else { //@ else
            println!("{fruit}: not sold here"); //@ missing
        } //@ endif
    }

    let mut stack = vec!["write tests", "fix bug", "deploy"]; //@ stack
    while let Some(task) = stack.pop() { //@ whilelet
        println!("doing: {task}"); //@ task
    } //@ endwhile
}
