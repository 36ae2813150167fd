    #[test]
    fn converts_one_distance() {
        assert_eq!(to_km(250.0), 0.25);
    }

    #[test]
    fn adds_up_the_legs() {
        assert_eq!(trip_km(&[1500.0, 2500.0]), 4.0);
    }

    #[test]
    fn an_empty_trip_is_zero() {
        assert_eq!(trip_km(&[]), 0.0);
    }
