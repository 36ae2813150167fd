use std::fmt::{Debug, Display};

fn report<K, V>(title: &str, pairs: &[(K, V)]) //@ sig
where
    K: Display, // printable with {}
    V: Debug,   // printable with {:?}
{
    println!("{title}:"); //@ title
    for (key, value) in pairs { //@ loop
        println!("  {key} = {value:?}"); //@ line
    }
}

fn main() {
    report("tags", &[("rust", vec![1, 2]), ("js", vec![])]); //@ a
    report("scores", &[(1, Some(90.5)), (2, None)]); //@ b
}
