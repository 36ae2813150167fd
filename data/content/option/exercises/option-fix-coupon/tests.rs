    #[test]
    fn coupon_lowers_the_price() {
        assert_eq!(final_price(1000, Some(250)), 750);
    }

    #[test]
    fn no_coupon_keeps_the_price() {
        assert_eq!(final_price(1000, None), 1000);
    }

    #[test]
    fn large_coupon_makes_it_free() {
        assert_eq!(final_price(300, Some(500)), 0);
    }
