fn main() {
    let sum: f64 = 0.1 + 0.2; //@ sum

    println!("{sum}"); //@ print
    println!("{}", sum == 0.3); //@ eq
    println!("{sum:.2}"); //@ fixed
    println!("{}", (sum - 0.3).abs() < 1e-9); //@ close
    println!("{} {}", 2.5_f64.round(), (-2.5_f64).round()); // halves away from zero //@ round
}
