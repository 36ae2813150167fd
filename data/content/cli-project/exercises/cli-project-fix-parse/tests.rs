    #[test]
    fn accepts_a_number() {
        assert_eq!(parse_top("5"), Ok(5));
    }

    #[test]
    fn ignores_surrounding_spaces() {
        assert_eq!(parse_top(" 12 "), Ok(12));
    }

    #[test]
    fn rejects_text_with_a_clear_message() {
        assert_eq!(parse_top("many"), Err("--top expects a number, got 'many'".to_string()));
    }

    #[test]
    fn rejects_negative_numbers() {
        assert_eq!(parse_top("-3"), Err("--top expects a number, got '-3'".to_string()));
    }

    #[test]
    fn rejects_zero() {
        assert_eq!(parse_top("0"), Err("--top must be at least 1".to_string()));
    }
