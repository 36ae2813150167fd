    #[test]
    fn two_words() {
        assert_eq!(initials("ada lovelace"), "A.L.");
    }

    #[test]
    fn extra_spaces_are_skipped() {
        assert_eq!(initials("  grace   brewster hopper "), "G.B.H.");
    }

    #[test]
    fn a_two_byte_first_letter_stays_whole() {
        assert_eq!(initials("émile zola"), "É.Z.");
    }

    #[test]
    fn a_single_name() {
        assert_eq!(initials("Linus"), "L.");
    }

    #[test]
    fn an_empty_name_gives_an_empty_string() {
        assert_eq!(initials(""), "");
    }
