use std::fmt;

// The compiler writes these three traits from the fields.
#[derive(Debug, Clone, PartialEq)]
struct Money {
    cents: u64, //@ field
}

// Display is written by hand: it decides what {} prints.
impl fmt::Display for Money { //@ display
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100) //@ format
    }
}

fn main() {
    let price = Money { cents: 1999 }; //@ make
    let copy = price.clone(); //@ clone
    println!("Price: {price}"); //@ print
    println!("{}", price == copy); //@ eq
    println!("{price:?}"); //@ debug
    println!("{}", copy.to_string()); //@ string
}
