use std::rc::Rc;

struct Theme {
    name: String,
    font_size: u32,
}

struct Document {
    title: String,
    theme: Rc<Theme>,
}

fn main() {
    let theme = Rc::new(Theme { name: "dark".to_string(), font_size: 14 }); //@ new
    println!("owners: {}", Rc::strong_count(&theme));

    // Rc::clone copies a pointer and counts one more owner.
    let report = Document { title: "Report".to_string(), theme: Rc::clone(&theme) }; //@ share
    let invoice = Document { title: "Invoice".to_string(), theme: Rc::clone(&theme) }; //@ share
    println!("owners: {}", Rc::strong_count(&theme));

    println!("{}", Rc::ptr_eq(&report.theme, &invoice.theme)); //@ same
    drop(report); // one owner fewer
    println!("owners: {}", Rc::strong_count(&theme));
    println!("{} uses {} at {} px", invoice.title, invoice.theme.name, invoice.theme.font_size); //@ use
}
