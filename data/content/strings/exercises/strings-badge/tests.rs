    #[test]
    fn joins_first_and_last_name() {
        assert_eq!(full_name("Grace", "Hopper"), "Grace Hopper");
    }

    #[test]
    fn keeps_non_ascii_letters() {
        assert_eq!(full_name("Émile", "Zola"), "Émile Zola");
    }

    #[test]
    fn badge_adds_the_number() {
        assert_eq!(badge("Grace", "Hopper", 7), "Grace Hopper #7");
    }

    #[test]
    fn badge_with_a_large_number() {
        assert_eq!(badge("Ada", "Lovelace", 1815), "Ada Lovelace #1815");
    }
