// cargo run --release   prints the other line
fn main() {
    let release = !cfg!(debug_assertions); //@ flag

    if release { //@ check
        println!("release: optimised, fewer checks"); //@ release
    } else { //@ else
        println!("debug: extra checks switched on"); //@ debug
    }
}
