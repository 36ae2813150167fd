fn main() {
    for n in [200_i32, 300, -1] { //@ loop
        match u8::try_from(n) { //@ fn, check
            Ok(byte) => println!("ok: {byte}"), //@ ok, print
            Err(_) => println!("error: {n} does not fit in a byte"), //@ err, printerr
        }
    }

    // The same conversion written with try_into: the target type comes from the annotation.
    let small: Result<u8, _> = 300_i32.try_into();
    println!("{}", small.is_err());

    let parsed: u32 = "42".parse().expect("a number"); //@ parse
    println!("{}", parsed + 1);
}
