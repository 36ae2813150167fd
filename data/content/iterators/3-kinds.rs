fn main() {
    let mut names = vec![String::from("ada"), String::from("grace")]; //@ list

    // iter(): borrow each item to read it.
    for n in names.iter() { //@ iter
        println!("{}", n.len()); //@ len
    }

    // iter_mut(): borrow each item to change it.
    for n in names.iter_mut() { //@ itermut
        *n = n.to_uppercase(); //@ upper
    }

    // into_iter(): take each String; `names` cannot be used afterwards.
    let shouted: Vec<String> = names.into_iter().map(|n| n + "!").collect(); //@ into
    println!("{shouted:?}"); //@ print
}
