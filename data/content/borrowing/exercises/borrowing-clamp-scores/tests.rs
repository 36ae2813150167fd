    #[test]
    fn clamps_scores_and_counts_changes() {
        let mut scores = vec![50, 120, -5, 100];
        assert_eq!(clamp_scores(&mut scores), 2);
        assert_eq!(scores, [50, 100, 0, 100]);
    }

    #[test]
    fn scores_in_range_are_left_alone() {
        let mut fine = vec![0, 42, 100];
        assert_eq!(clamp_scores(&mut fine), 0);
        assert_eq!(fine, [0, 42, 100]);
    }

    #[test]
    fn empty_list_changes_nothing() {
        let mut empty: Vec<i32> = Vec::new();
        assert_eq!(clamp_scores(&mut empty), 0);
        assert!(empty.is_empty());
    }
