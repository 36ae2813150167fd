    #[test]
    fn freezing_point_is_32() {
        assert_eq!(to_fahrenheit(0.0), 32.0);
    }

    #[test]
    fn boiling_point_is_212() {
        assert_eq!(to_fahrenheit(100.0), 212.0);
    }

    #[test]
    fn minus_40_is_the_same_in_both_scales() {
        assert_eq!(to_fahrenheit(-40.0), -40.0);
    }

    #[test]
    fn describes_body_temperature_with_one_decimal() {
        assert_eq!(describe(37.0), "37 °C = 98.6 °F");
    }

    #[test]
    fn describes_a_fractional_value() {
        assert_eq!(describe(21.5), "21.5 °C = 70.7 °F");
    }

    #[test]
    fn describes_minus_40() {
        assert_eq!(describe(-40.0), "-40 °C = -40.0 °F");
    }
