    #[test]
    fn ninety_and_above_is_an_a() {
        assert_eq!(grade(95), 'A');
        assert_eq!(grade(90), 'A');
    }

    #[test]
    fn eighty_nine_is_a_b() {
        assert_eq!(grade(89), 'B');
    }

    #[test]
    fn seventy_two_is_a_c() {
        assert_eq!(grade(72), 'C');
    }

    #[test]
    fn sixty_is_a_d() {
        assert_eq!(grade(60), 'D');
    }

    #[test]
    fn zero_is_an_f() {
        assert_eq!(grade(0), 'F');
    }

    #[test]
    #[should_panic(expected = "score out of range: 101")]
    fn a_score_above_100_panics() {
        grade(101);
    }
