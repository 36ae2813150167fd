    #[test]
    fn zero_is_zero() {
        assert_eq!(to_byte(0.0), 0);
    }

    #[test]
    fn one_is_255() {
        assert_eq!(to_byte(1.0), 255);
    }

    #[test]
    fn a_half_rounds_up_to_128() {
        assert_eq!(to_byte(0.5), 128);
    }

    #[test]
    fn a_fifth_is_51() {
        assert_eq!(to_byte(0.2), 51);
    }

    #[test]
    fn values_above_one_are_clamped() {
        assert_eq!(to_byte(2.0), 255);
    }

    #[test]
    fn negative_values_are_clamped() {
        assert_eq!(to_byte(-1.0), 0);
    }

    #[test]
    fn nan_becomes_zero() {
        assert_eq!(to_byte(f64::NAN), 0);
    }
