    #[test]
    fn groups_keep_the_original_order() {
        let groups = group_by_first_letter(&["pear", "apple", "plum", "", "avocado", "fig"]);
        assert_eq!(groups[&'p'], vec!["pear", "plum"]);
        assert_eq!(groups[&'a'], vec!["apple", "avocado"]);
        assert_eq!(groups[&'f'], vec!["fig"]);
    }

    #[test]
    fn empty_strings_are_skipped() {
        let groups = group_by_first_letter(&["pear", "apple", "plum", "", "avocado", "fig"]);
        assert_eq!(groups.len(), 3);
    }

    #[test]
    fn letters_are_sorted() {
        let groups = group_by_first_letter(&["pear", "apple", "fig"]);
        let letters: Vec<char> = groups.keys().copied().collect();
        assert_eq!(letters, vec!['a', 'f', 'p']);
    }

    #[test]
    fn no_words_no_groups() {
        assert!(group_by_first_letter(&[]).is_empty());
    }
