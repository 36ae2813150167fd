    #[test]
    fn greets_ferris() {
        assert_eq!(greeting(String::from("Ferris")), "Ferris has 6 letters. Hello, Ferris");
    }

    #[test]
    fn counts_bytes_of_a_short_name() {
        assert_eq!(greeting(String::from("Al")), "Al has 2 letters. Hello, Al");
    }
