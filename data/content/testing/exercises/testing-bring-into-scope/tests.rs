    #[test]
    fn uppercases_each_initial() {
        assert_eq!(initials("ada lovelace"), "AL");
    }

    #[test]
    fn ignores_extra_spaces() {
        assert_eq!(initials("  Alan   Turing "), "AT");
    }

    #[test]
    fn an_empty_name_has_no_initials() {
        assert_eq!(initials(""), "");
    }
