use std::collections::HashSet;

fn main() {
    let visitors = ["ada", "linus", "ada", "grace", "linus"]; //@ list
    let mut unique = HashSet::new(); //@ new

    for name in visitors { //@ loop
        // insert returns false when the value was already there.
        if unique.insert(name) { //@ insert
            println!("first visit: {name}"); //@ first
        }
    }

    let staff = HashSet::from(["grace", "margaret"]); //@ staff
    let mut both: Vec<_> = unique.intersection(&staff).collect(); //@ both
    both.sort();
    println!("{} {both:?}", unique.len()); //@ print
}
