// String literals are stored in the compiled program and stay valid for
// the whole run, so their type is &'static str.
fn status_text(code: u16) -> &'static str { //@ fn
    match code { //@ match
        200 => "OK",
        404 => "Not Found",
        _ => "Unknown",
    }
}

// A 'static reference needs no lifetime parameter on the struct.
struct Response {
    code: u16,
    text: &'static str,
}

fn main() {
    for code in [200, 404, 418] { //@ loop
        let response = Response { code, text: status_text(code) }; //@ build
        println!("{} {}", response.code, response.text); //@ print
    }
}
