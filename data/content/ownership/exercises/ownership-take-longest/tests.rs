    #[test]
    fn returns_the_longest_word() {
        let words = vec![String::from("owner"), String::from("borrow"), String::from("move")];
        assert_eq!(longest(words), "borrow");
    }

    #[test]
    fn keeps_the_first_word_on_a_tie() {
        let words = vec![String::from("copy"), String::from("drop"), String::from("rc")];
        assert_eq!(longest(words), "copy");
    }

    #[test]
    fn single_word_is_returned_as_is() {
        assert_eq!(longest(vec![String::from("ownership")]), "ownership");
    }

    #[test]
    fn empty_vector_gives_an_empty_string() {
        assert_eq!(longest(Vec::new()), "");
    }
