pub fn average(values: &[f64]) -> f64 { //@ fn
    if values.is_empty() { //@ check
        panic!("average of an empty list"); //@ fail
    }
    values.iter().sum::<f64>() / values.len() as f64 //@ body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averages_three_numbers() {
        assert_eq!(average(&[1.0, 2.0, 6.0]), 3.0); //@ ok
    }

    // Passes only if the body panics with a message containing this text.
    #[test]
    #[should_panic(expected = "empty list")] //@ expect
    fn panics_on_an_empty_list() {
        average(&[]); //@ call
    }
}
