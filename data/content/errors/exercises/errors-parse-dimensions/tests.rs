    #[test]
    fn parses_width_and_height() {
        assert_eq!(parse_dimensions("800x600"), Ok((800, 600)));
        assert_eq!(parse_dimensions("1x1"), Ok((1, 1)));
    }

    #[test]
    fn needs_exactly_two_parts() {
        assert_eq!(parse_dimensions("800"), Err(String::from("expected WIDTHxHEIGHT, got \"800\"")));
        assert_eq!(parse_dimensions("8x6x2"), Err(String::from("expected WIDTHxHEIGHT, got \"8x6x2\"")));
    }

    #[test]
    fn reports_the_part_that_is_not_a_number() {
        assert_eq!(parse_dimensions("wide x600"), Err(String::from("not a number: \"wide \"")));
        assert_eq!(parse_dimensions("800xtall"), Err(String::from("not a number: \"tall\"")));
    }

    #[test]
    fn rejects_zero() {
        assert_eq!(parse_dimensions("0x600"), Err(String::from("width and height must be positive")));
    }
