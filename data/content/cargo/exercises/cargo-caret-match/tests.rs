    #[test]
    fn the_same_version_matches() {
        assert!(caret_matches("1.2.3", "1.2.3"));
    }

    #[test]
    fn a_newer_minor_release_matches() {
        assert!(caret_matches("1.2.3", "1.9.0"));
    }

    #[test]
    fn an_older_patch_release_does_not_match() {
        assert!(!caret_matches("1.2.3", "1.2.2"));
    }

    #[test]
    fn the_next_major_release_does_not_match() {
        assert!(!caret_matches("1.2.3", "2.0.0"));
    }

    #[test]
    fn below_1_0_a_newer_patch_matches() {
        assert!(caret_matches("0.4.1", "0.4.7"));
    }

    #[test]
    fn below_1_0_a_new_minor_does_not_match() {
        assert!(!caret_matches("0.4.1", "0.5.0"));
    }

    #[test]
    fn zero_zero_matches_only_itself() {
        assert!(caret_matches("0.0.3", "0.0.3"));
        assert!(!caret_matches("0.0.3", "0.0.4"));
    }
