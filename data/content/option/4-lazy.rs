fn load_default() -> u32 { //@ load
    println!("  (computing the default)"); //@ log
    14 //@ ret
}

fn main() {
    let size: Option<u32> = Some(12); //@ size

    // unwrap_or_else calls the closure only for None, like ??.
    println!("lazy: {}", size.unwrap_or_else(|| load_default())); //@ lazy

    // unwrap_or is a normal call: load_default() runs first, needed or not.
    println!("eager: {}", size.unwrap_or(load_default())); //@ eager,helper,helperbody
}
