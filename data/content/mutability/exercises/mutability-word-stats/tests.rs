    #[test]
    fn counts_long_words_and_finds_the_first_longest() {
        assert_eq!(word_stats("the quick brown fox", 4), (2, String::from("quick")));
    }

    #[test]
    fn every_word_counts_when_the_minimum_is_zero() {
        assert_eq!(word_stats("a bb ccc", 0), (3, String::from("ccc")));
    }

    #[test]
    fn empty_text_gives_zero_and_an_empty_word() {
        assert_eq!(word_stats("", 3), (0, String::new()));
    }

    #[test]
    fn extra_spaces_are_ignored() {
        assert_eq!(word_stats("  rust   is  fun ", 3), (2, String::from("rust")));
    }
