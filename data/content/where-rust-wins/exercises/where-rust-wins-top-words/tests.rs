    fn pair(word: &str, count: usize) -> (String, usize) {
        (word.to_string(), count)
    }

    #[test]
    fn most_frequent_word_comes_first() {
        assert_eq!(top_words("the cat and the hat", 1), vec![pair("the", 2)]);
    }

    #[test]
    fn ties_are_sorted_alphabetically() {
        assert_eq!(
            top_words("the cat and the hat", 3),
            vec![pair("the", 2), pair("and", 1), pair("cat", 1)]
        );
    }

    #[test]
    fn words_are_compared_in_lowercase() {
        assert_eq!(top_words("Fox fox FOX dog", 2), vec![pair("fox", 3), pair("dog", 1)]);
    }

    #[test]
    fn any_whitespace_separates_words() {
        assert_eq!(top_words("a\tb\n\na  b b", 2), vec![pair("b", 3), pair("a", 2)]);
    }

    #[test]
    fn n_larger_than_the_number_of_words_returns_all() {
        assert_eq!(top_words("one two", 10), vec![pair("one", 1), pair("two", 1)]);
    }

    #[test]
    fn empty_text_gives_no_words() {
        assert_eq!(top_words("   ", 3), vec![]);
    }
