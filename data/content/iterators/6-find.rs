fn main() {
    let temps = vec![12, 17, 23, 19, 25]; //@ list

    let first_warm = temps.iter().find(|t| **t > 20); //@ find
    let first_hot = temps.iter().find(|t| **t > 30); //@ none
    let index = temps.iter().position(|t| *t > 30); //@ position

    println!("{first_warm:?} {first_hot:?} {index:?}"); //@ print
    println!("{} {}", temps.iter().any(|t| *t < 0), temps.iter().all(|t| *t > 10)); //@ anyall
}
