    #[test]
    fn both_defaults() {
        assert_eq!(repeat("ha", None, None), "ha ha");
    }

    #[test]
    fn custom_count_default_separator() {
        assert_eq!(repeat("ho", Some(3), None), "ho ho ho");
    }

    #[test]
    fn default_count_custom_separator() {
        assert_eq!(repeat("la", None, Some("-")), "la-la");
    }

    #[test]
    fn both_given() {
        assert_eq!(repeat("ha", Some(3), Some("-")), "ha-ha-ha");
    }

    #[test]
    fn one_copy_has_no_separator() {
        assert_eq!(repeat("hey", Some(1), Some(", ")), "hey");
    }

    #[test]
    fn zero_copies_give_an_empty_string() {
        assert_eq!(repeat("ha", Some(0), None), "");
    }
