fn parse_age(text: &str) -> Result<u8, String> { //@ fn
    text.trim()
        .parse::<u8>() //@ parse
        // map_err changes the error and leaves an Ok alone.
        .map_err(|err| format!("{text:?} is not a number: {err}")) //@ maperr
        // and_then runs the next fallible step only on Ok.
        .and_then(|age| if age <= 130 { Ok(age) } else { Err(format!("{age} is too old")) }) //@ andthen
}

fn main() {
    for input in ["42", "abc", "200"] { //@ loop
        match parse_age(input) {
            Ok(age) => println!("age {age}"), //@ okcase
            Err(err) => println!("error: {err}"), //@ errcase
        }
    }

    let age = parse_age("oops").unwrap_or(0); //@ default
    println!("default {age}"); //@ print
}
