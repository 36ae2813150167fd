fn main() {
    let name = "Ferris"; //@ name
    let qty = 3; //@ qty
    let price = 4.5; //@ price

    let line = format!("{name}: {qty} x {price:.2} = {:.2}", qty as f64 * price); //@ line
    println!("{line}"); //@ print
    println!("[{name:>8}] [{name:<8}]"); //@ align
    println!("{qty:03}"); //@ zero
    println!("{name:?}"); // quoted, with escapes //@ debug
    println!("{{{name}}}"); // {{ and }} are literal braces //@ braces
}
