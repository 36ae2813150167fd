    #[test]
    fn adds_up_every_line() {
        assert_eq!(total_weight("3\n4\n5"), Ok(12));
    }

    #[test]
    fn spaces_around_numbers_are_fine() {
        assert_eq!(total_weight(" 10 \n 2"), Ok(12));
    }

    #[test]
    fn empty_text_weighs_nothing() {
        assert_eq!(total_weight(""), Ok(0));
    }

    #[test]
    fn a_bad_line_gives_the_parse_error() {
        let err: ParseIntError = total_weight("3\nfour\n5").unwrap_err();
        assert_eq!(err.to_string(), "invalid digit found in string");
    }
