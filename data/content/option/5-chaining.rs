use std::collections::HashMap;

fn main() {
    let cities = HashMap::from([("Ada", "London")]); //@ map

    for name in ["Ada", "Linus"] { //@ loop
        // map transforms the value inside Some and leaves None alone.
        let city = cities.get(name).map(|c| c.to_uppercase()); //@ chain
        println!("{name}: {}", city.as_deref().unwrap_or("unknown")); //@ print
    }
}
