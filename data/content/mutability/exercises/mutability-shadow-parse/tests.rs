    #[test]
    fn trims_and_parses_a_number() {
        assert_eq!(parse_quantity(" 12 "), 12);
    }

    #[test]
    fn parses_a_number_without_spaces() {
        assert_eq!(parse_quantity("7"), 7);
    }

    #[test]
    fn words_become_zero() {
        assert_eq!(parse_quantity("twelve"), 0);
    }

    #[test]
    fn negative_numbers_become_zero() {
        assert_eq!(parse_quantity("-3"), 0);
    }
