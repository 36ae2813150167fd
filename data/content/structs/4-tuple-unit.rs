// Tuple structs: a name for a value, with no field names.
struct Meters(f64);
struct Seconds(f64);

fn speed(distance: Meters, time: Seconds) -> f64 { //@ speed
    distance.0 / time.0 //@ divide
}

// A unit struct: no fields, only behaviour.
struct Metric;

impl Metric {
    fn unit(&self) -> &'static str { //@ unit
        "m/s"
    }
}

fn main() {
    let distance = Meters(100.0); //@ distance
    let time = Seconds(8.0); //@ time
    println!("{}", speed(distance, time)); //@ right
    // speed(time, distance) would not compile: the types differ. //@ wrong
    println!("{}", Metric.unit()); //@ print
}
