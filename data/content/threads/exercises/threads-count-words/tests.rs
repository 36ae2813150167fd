    fn lines(text: &[&str]) -> Vec<String> {
        text.iter().map(|line| line.to_string()).collect()
    }

    #[test]
    fn counts_words_across_all_lines() {
        let counts = count_words(lines(&["the crab", "the ferris crab", "rust"]));
        assert_eq!(counts["the"], 2);
        assert_eq!(counts["crab"], 2);
        assert_eq!(counts["ferris"], 1);
        assert_eq!(counts["rust"], 1);
        assert_eq!(counts.len(), 4);
    }

    #[test]
    fn many_lines_lose_no_updates() {
        let many = vec!["a b a".to_string(); 50];
        let counts = count_words(many);
        assert_eq!(counts["a"], 100);
        assert_eq!(counts["b"], 50);
    }

    #[test]
    fn no_lines_give_an_empty_table() {
        assert!(count_words(Vec::new()).is_empty());
    }
