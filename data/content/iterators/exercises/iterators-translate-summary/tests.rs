    fn players() -> Vec<Player> {
        vec![
            Player { name: String::from("ada"), score: 92 },
            Player { name: String::from("linus"), score: 64 },
            Player { name: String::from("grace"), score: 88 },
        ]
    }

    #[test]
    fn keeps_scores_at_or_above_the_minimum() {
        assert_eq!(summary(&players(), 80), "ada (92), grace (88)");
        assert_eq!(summary(&players(), 90), "ada (92)");
    }

    #[test]
    fn keeps_the_original_order() {
        assert_eq!(summary(&players(), 0), "ada (92), linus (64), grace (88)");
    }

    #[test]
    fn no_match_gives_an_empty_string() {
        assert_eq!(summary(&players(), 100), "");
        assert_eq!(summary(&[], 0), "");
    }
