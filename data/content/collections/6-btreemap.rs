use std::collections::BTreeMap;

fn main() {
    let mut stock = BTreeMap::new(); //@ new
    stock.insert("pears", 4); //@ insert
    stock.insert("apples", 10); //@ insert
    stock.insert("figs", 0); //@ insert

    // A BTreeMap iterates in key order, always.
    for (fruit, n) in &stock { //@ loop
        println!("{fruit}: {n}"); //@ print
    }
    println!("{}", stock.get("kiwis").copied().unwrap_or(0)); //@ get
}
