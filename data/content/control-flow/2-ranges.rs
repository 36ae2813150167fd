fn main() {
    let mut out = Vec::new(); //@ out
    for i in 0..3 { //@ excl
        out.push(i); // 0, 1, 2 //@ push1
    }
    for i in 1..=3 { //@ incl
        out.push(i); // 1, 2, 3 //@ push2
    }
    for i in (0..3).rev() { //@ rev
        out.push(i); // 2, 1, 0 //@ push3
    }
    for i in (0..10).step_by(4) { //@ step
        out.push(i); // 0, 4, 8 //@ push4
    }
    println!("{out:?}"); //@ print

    let fruits = ["apple", "pear"]; //@ fruits
    for (i, fruit) in fruits.iter().enumerate() { //@ enum
        println!("{i}: {fruit}"); //@ item
    }
}
