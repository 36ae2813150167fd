fn main() {
    let mut balance = 1000.0; //@ balance
    let mut steps = 0; //@ steps

    let needed = loop { //@ loop
        balance *= 1.1; // 10% interest per year //@ grow
        steps += 1; //@ count
        if balance >= 2000.0 { //@ check
            break steps; // leaves the loop with a value //@ break
        } //@ endif
    }; //@ end

    println!("doubled after {needed} years"); //@ print
}
