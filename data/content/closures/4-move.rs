// The closure outlives this call, so it must own step and count.
fn make_counter(step: u32) -> impl FnMut() -> u32 { //@ fn
    let mut count = 0; //@ count
    move || { //@ closure
        count += step; //@ body
        count //@ ret
    }
}

fn main() {
    let mut by_one = make_counter(1); //@ a
    let mut by_ten = make_counter(10); //@ b
    by_one(); //@ call
    println!("{} {}", by_one(), by_ten()); //@ print
}
