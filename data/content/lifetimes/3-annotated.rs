// 'a names a lifetime: the result may be used as long as both inputs are alive.
fn longer<'a>(a: &'a str, b: &'a str) -> &'a str { //@ sig
    if a.len() >= b.len() { a } else { b } //@ body
}

fn main() {
    let first = String::from("borrow"); //@ first
    {
        let second = String::from("lifetime"); //@ second
        let result = longer(&first, &second); //@ call
        println!("{result}"); //@ print
    } // second is dropped here, so result could not be used after this line
}
