    #[test]
    fn adds_two_prices() {
        assert_eq!(total_cents(&[250, 199]), Some(449));
    }

    #[test]
    fn an_empty_cart_costs_nothing() {
        assert_eq!(total_cents(&[]), Some(0));
    }

    #[test]
    fn the_largest_total_still_fits() {
        assert_eq!(total_cents(&[u32::MAX - 1, 1]), Some(u32::MAX));
    }

    #[test]
    fn one_cent_too_many_gives_none() {
        assert_eq!(total_cents(&[u32::MAX, 1]), None);
    }

    #[test]
    fn overflow_in_the_middle_gives_none() {
        assert_eq!(total_cents(&[4_000_000_000, 4_000_000_000, 5]), None);
    }
