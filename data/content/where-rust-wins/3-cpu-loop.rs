// Count the primes below a limit with the sieve of Eratosthenes.
fn count_primes(limit: usize) -> usize { //@ fn
    let mut composite = vec![false; limit]; //@ alloc
    let mut count = 0; //@ zero
    for n in 2..limit { //@ outer
        if composite[n] { continue; } //@ skip
        count += 1; //@ count
        for m in (n * n..limit).step_by(n) { composite[m] = true; } //@ mark
    }
    count //@ ret
}

fn main() {
    println!("{}", count_primes(2_000_000)); //@ print
}
