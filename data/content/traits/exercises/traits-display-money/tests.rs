    #[test]
    fn dollars_and_cents() {
        assert_eq!(Money { cents: 1205 }.to_string(), "$12.05");
    }

    #[test]
    fn pads_small_amounts() {
        assert_eq!(Money { cents: 7 }.to_string(), "$0.07");
        assert_eq!(Money { cents: 0 }.to_string(), "$0.00");
    }

    #[test]
    fn negative_amounts_start_with_minus() {
        assert_eq!(Money { cents: -50 }.to_string(), "-$0.50");
    }

    #[test]
    fn works_inside_format() {
        assert_eq!(format!("Total: {}", Money { cents: 100000 }), "Total: $1000.00");
    }
