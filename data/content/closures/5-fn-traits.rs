// Fn: called twice, only reads its captures.
fn apply_twice(f: impl Fn(i32) -> i32, x: i32) -> i32 { //@ fn
    f(f(x)) //@ fnbody
}

// FnMut: may change its captures, so the parameter is `mut`.
fn repeat(times: u32, mut action: impl FnMut()) { //@ mut
    for _ in 0..times { action(); } //@ mutbody
}

// FnOnce: called at most once, so it may give away its captures.
fn finish(done: impl FnOnce() -> String) -> String { //@ once
    done() //@ oncebody
}

fn main() {
    println!("{}", apply_twice(|n| n + 3, 1)); //@ callfn
    let mut log = Vec::new(); //@ log
    repeat(3, || log.push("tick")); //@ callmut
    let report = format!("{} ticks", log.len()); //@ report
    // This closure hands over the String it owns: it can only run once.
    println!("{}", finish(move || report)); //@ callonce
}
