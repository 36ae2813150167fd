use std::str::FromStr;

// T decides which parse runs; the compiler makes one copy per T.
fn parse_all<T: FromStr>(items: &[&str]) -> Vec<T> { //@ sig
    items.iter().filter_map(|s| s.parse().ok()).collect() //@ body
}

fn main() {
    println!("{:?}", parse_all::<i32>(&["1", "22", "333"])); //@ nums
    println!("{:?}", parse_all::<bool>(&["true", "false"])); //@ bools
}
