    #[test]
    fn describes_a_refund() {
        let refund = OrderStatus::Refunded { amount_cents: 1250 };
        assert_eq!(describe(&refund), "refunded 1250 cents");
    }

    #[test]
    fn keeps_the_other_texts() {
        assert_eq!(describe(&OrderStatus::Pending), "waiting to ship");
        let shipped = OrderStatus::Shipped { tracking: String::from("ZX81") };
        assert_eq!(describe(&shipped), "shipped, tracking ZX81");
        assert_eq!(describe(&OrderStatus::Delivered), "delivered");
    }
