    #[test]
    fn patch_raises_the_last_number() {
        assert_eq!(bump("1.4.2", "patch"), "1.4.3");
    }

    #[test]
    fn minor_resets_the_patch() {
        assert_eq!(bump("1.4.2", "minor"), "1.5.0");
    }

    #[test]
    fn major_resets_minor_and_patch() {
        assert_eq!(bump("1.4.2", "major"), "2.0.0");
    }

    #[test]
    fn first_release_after_0_x() {
        assert_eq!(bump("0.9.12", "major"), "1.0.0");
    }

    #[test]
    fn numbers_carry_past_nine() {
        assert_eq!(bump("2.9.9", "patch"), "2.9.10");
    }

    #[test]
    fn unknown_part_leaves_the_version_unchanged() {
        assert_eq!(bump("1.4.2", "build"), "1.4.2");
    }
