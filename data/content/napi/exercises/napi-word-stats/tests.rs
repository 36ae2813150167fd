    fn stats(words: u32, longest: &str) -> WordStats {
        WordStats { words, longest: longest.to_string() }
    }

    #[test]
    fn counts_words_and_finds_the_longest() {
        assert_eq!(word_stats("the quick brown fox"), stats(4, "quick"));
    }

    #[test]
    fn any_whitespace_separates_words() {
        assert_eq!(word_stats("  one\ttwo\n three  "), stats(3, "three"));
    }

    #[test]
    fn the_first_of_equally_long_words_wins() {
        assert_eq!(word_stats("aa bb cc"), stats(3, "aa"));
    }

    #[test]
    fn empty_text_has_no_words() {
        assert_eq!(word_stats(""), stats(0, ""));
    }
