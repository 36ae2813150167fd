    #[test]
    fn unit_circle_has_area_pi() {
        assert!((circle_area(1.0) - std::f64::consts::PI).abs() < 1e-12);
    }

    #[test]
    fn zero_radius_has_no_area() {
        assert_eq!(circle_area(0.0), 0.0);
    }

    #[test]
    fn describes_radius_two() {
        assert_eq!(describe(2.0), "radius 2: area 12.57");
    }

    #[test]
    fn describes_a_fractional_radius() {
        assert_eq!(describe(0.5), "radius 0.5: area 0.79");
    }
