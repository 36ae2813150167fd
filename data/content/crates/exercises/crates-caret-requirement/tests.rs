    #[test]
    fn the_requirement_itself_matches() {
        assert!(caret_matches("1.2.3", "1.2.3"));
    }

    #[test]
    fn a_later_minor_version_matches() {
        assert!(caret_matches("1.2.3", "1.9.0"));
    }

    #[test]
    fn the_next_major_version_does_not_match() {
        assert!(!caret_matches("1.2.3", "2.0.0"));
    }

    #[test]
    fn an_older_version_does_not_match() {
        assert!(!caret_matches("1.2.3", "1.2.2"));
    }

    #[test]
    fn below_one_the_minor_version_is_fixed() {
        assert!(caret_matches("0.2.3", "0.2.9"));
        assert!(!caret_matches("0.2.3", "0.3.0"));
    }

    #[test]
    fn below_zero_point_one_the_patch_is_fixed() {
        assert!(caret_matches("0.0.3", "0.0.3"));
        assert!(!caret_matches("0.0.3", "0.0.4"));
    }
