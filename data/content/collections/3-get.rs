fn main() {
    let scores = vec![70, 85, 92]; //@ new

    for i in [1, 10] { //@ loop
        match scores.get(i) { //@ get
            Some(score) => println!("score {i}: {score}"), //@ print
            None => println!("no score at {i}"), //@ print
        }
    }
    println!("{:?}", scores.last()); //@ last
    let empty: Vec<i32> = Vec::new();
    println!("{}", empty.first().map_or(String::from("empty"), |n| n.to_string())); //@ empty
}
