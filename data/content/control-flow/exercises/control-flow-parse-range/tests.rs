    #[test]
    fn a_simple_range() {
        assert_eq!(parse_range("3-7"), Some((3, 7)));
    }

    #[test]
    fn spaces_around_the_numbers_are_allowed() {
        assert_eq!(parse_range(" 3 - 7 "), Some((3, 7)));
    }

    #[test]
    fn a_single_page_range() {
        assert_eq!(parse_range("5-5"), Some((5, 5)));
    }

    #[test]
    fn no_dash_gives_none() {
        assert_eq!(parse_range("12"), None);
    }

    #[test]
    fn words_give_none() {
        assert_eq!(parse_range("one-two"), None);
    }

    #[test]
    fn a_missing_end_gives_none() {
        assert_eq!(parse_range("4-"), None);
    }

    #[test]
    fn a_backwards_range_gives_none() {
        assert_eq!(parse_range("9-2"), None);
    }
