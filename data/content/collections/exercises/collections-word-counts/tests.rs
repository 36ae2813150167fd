    #[test]
    fn counts_repeated_words() {
        let counts = word_counts("the cat saw the other cat");
        assert_eq!(counts["the"], 2);
        assert_eq!(counts["cat"], 2);
        assert_eq!(counts["saw"], 1);
        assert_eq!(counts.len(), 4);
    }

    #[test]
    fn ignores_case() {
        let counts = word_counts("Rust rust RUST");
        assert_eq!(counts.get("rust"), Some(&3));
        assert_eq!(counts.len(), 1);
    }

    #[test]
    fn splits_on_any_whitespace() {
        let counts = word_counts("  one\ttwo\n\ntwo  ");
        assert_eq!(counts.get("one"), Some(&1));
        assert_eq!(counts.get("two"), Some(&2));
    }

    #[test]
    fn words_come_out_sorted() {
        let words: Vec<String> = word_counts("pear fig apple fig").into_keys().collect();
        assert_eq!(words, vec!["apple", "fig", "pear"]);
    }

    #[test]
    fn empty_text_has_no_words() {
        assert!(word_counts("").is_empty());
    }
