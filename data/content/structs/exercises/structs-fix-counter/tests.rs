    #[test]
    fn starts_at_zero() {
        assert_eq!(Counter::new().count(), 0);
    }

    #[test]
    fn increment_returns_the_new_count() {
        let mut counter = Counter::new();
        assert_eq!(counter.increment(), 1);
        assert_eq!(counter.increment(), 2);
        assert_eq!(counter.count(), 2);
    }

    #[test]
    fn reset_goes_back_to_zero() {
        let mut counter = Counter::new();
        counter.increment();
        counter.reset();
        assert_eq!(counter.count(), 0);
        assert_eq!(counter.increment(), 1);
    }
