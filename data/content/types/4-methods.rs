#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

impl Light {
    fn next(self) -> Light { //@ next
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }

    fn wait_seconds(&self) -> u32 { //@ wait
        match self {
            Light::Red => 30,
            Light::Green => 25,
            Light::Yellow => 5,
        }
    }
}

fn main() {
    let mut light = Light::Red; //@ start
    for _ in 0..4 { //@ loop
        println!("{light:?} for {}s", light.wait_seconds()); //@ print
        light = light.next(); //@ step
    }
    println!("{}", light == Light::Green); // needs PartialEq //@ eq
}
