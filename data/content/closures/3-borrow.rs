fn main() {
    let mut clicks = 0; //@ var
    let mut click = || { //@ closure
        clicks += 1; //@ body
    };

    click(); //@ call1
    println!("after one: {clicks}"); //@ read
    click(); //@ call2
    println!("after two: {clicks}"); //@ print
}
