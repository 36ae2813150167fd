fn main() {
    let mut names = vec![String::from("Grace"), String::from("Ada")]; //@ new
    names.push(String::from("Linus")); //@ push

    println!("{} {}", names.len(), names.contains(&String::from("Ada"))); //@ len
    names.sort(); //@ sort
    println!("{}", names.join(", ")); //@ join

    let mut sizes = vec![10, 9, 100]; //@ nums
    sizes.sort(); // compares as numbers //@ sortnums
    println!("{sizes:?}"); //@ print
}
