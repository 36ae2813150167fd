    #[test]
    fn finds_the_longest_line() {
        assert_eq!(longest_line("short\nthe longest line\nmid length", "-"), "the longest line");
    }

    #[test]
    fn keeps_the_first_line_on_a_tie() {
        assert_eq!(longest_line("abc\nxyz", "-"), "abc");
    }

    #[test]
    fn empty_text_gives_the_fallback() {
        assert_eq!(longest_line("", "(empty)"), "(empty)");
    }

    #[test]
    fn works_with_borrowed_strings() {
        let text = String::from("one\nthree");
        let fallback = String::from("none");
        let line = longest_line(&text, &fallback);
        assert_eq!(line, "three");
    }
