    use std::error::Error;

    #[test]
    fn adds_up_the_quantities() {
        assert_eq!(total_quantity("2\n3\n 5 ").unwrap(), 10);
    }

    #[test]
    fn empty_text_is_an_empty_order() {
        assert!(matches!(total_quantity("  \n"), Err(OrderError::Empty)));
    }

    #[test]
    fn bad_line_becomes_bad_quantity() {
        let err = total_quantity("2\nthree").unwrap_err();
        assert!(matches!(err, OrderError::BadQuantity(_)));
        assert_eq!(err.to_string(), "bad quantity: invalid digit found in string");
        assert_eq!(err.source().unwrap().to_string(), "invalid digit found in string");
    }

    #[test]
    fn parse_errors_convert_with_into() {
        let parse_error = "x".parse::<u32>().unwrap_err();
        let err: OrderError = parse_error.into();
        assert!(matches!(err, OrderError::BadQuantity(_)));
    }
