    const LETTERS: [&str; 5] = ["a", "b", "c", "d", "e"];

    #[test]
    fn full_pages() {
        assert_eq!(page(&LETTERS, 1, 2), ["a", "b"]);
        assert_eq!(page(&LETTERS, 2, 2), ["c", "d"]);
    }

    #[test]
    fn last_page_can_be_short() {
        assert_eq!(page(&LETTERS, 3, 2), ["e"]);
    }

    #[test]
    fn page_past_the_end_is_empty() {
        assert!(page(&LETTERS, 4, 2).is_empty());
    }

    #[test]
    fn page_zero_is_empty() {
        assert!(page(&LETTERS, 0, 2).is_empty());
    }

    #[test]
    fn zero_items_per_page_is_empty() {
        assert!(page(&LETTERS, 1, 0).is_empty());
    }

    #[test]
    fn empty_list_has_empty_pages() {
        let nothing: [i32; 0] = [];
        assert!(page(&nothing, 1, 10).is_empty());
    }
