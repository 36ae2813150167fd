// The parameter doc becomes the new owner of the String.
fn archive(doc: String) -> usize { //@ fn
    let size = doc.len(); //@ size
    println!("archived: {doc}"); //@ print
    size //@ ret
} // doc goes out of scope here, so the text is freed

fn main() {
    let draft = String::from("meeting notes"); //@ make
    let size = archive(draft); //@ call
    // draft gave its value away: using it from here on is error E0382.
    println!("{size} bytes"); //@ out
}
