fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().next())
        .map(|letter| letter.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod initials_tests {
    use super::*;

    #[test]
    fn takes_the_first_letter_of_each_word() {
        assert_eq!(initials("grace brewster hopper"), "GBH");
    }
}
