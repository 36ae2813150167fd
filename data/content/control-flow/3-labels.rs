fn main() {
    let prices = [12, 30, 45, 8]; //@ prices
    let budget = 53; //@ budget

    let mut pair = None; //@ block
    'search: for a in prices { //@ outer
        for b in prices { //@ inner
            if a < b && a + b == budget { //@ check
                pair = Some((a, b)); //@ found
                break 'search; // leaves both loops //@ found
            } //@ endif
        } //@ endinner
    } //@ endouter

    println!("{pair:?}"); //@ print
}
