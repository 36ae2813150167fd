    #[test]
    fn multiplier_multiplies() {
        let triple = make_multiplier(3);
        assert_eq!(triple(14), 42);
        assert_eq!(triple(-2), -6);
    }

    #[test]
    fn each_multiplier_keeps_its_own_factor() {
        let double = make_multiplier(2);
        let tenfold = make_multiplier(10);
        assert_eq!(double(5) + tenfold(5), 60);
    }

    #[test]
    fn prefixer_adds_the_prefix() {
        let doctor = make_prefixer(String::from("Dr. "));
        assert_eq!(doctor("Who"), "Dr. Who");
        assert_eq!(doctor("Jekyll"), "Dr. Jekyll");
    }
