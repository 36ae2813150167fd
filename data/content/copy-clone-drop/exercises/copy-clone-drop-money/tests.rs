    #[test]
    fn double_adds_the_price_twice() {
        assert_eq!(double(Money { cents: 250 }), Money { cents: 500 });
    }

    #[test]
    fn tip_is_rounded_down() {
        assert_eq!(with_tip(Money { cents: 999 }, 10), Money { cents: 1098 });
    }

    #[test]
    fn price_is_still_usable_after_the_calls() {
        let price = Money { cents: 1000 };
        let tipped = with_tip(price, 15);
        let doubled = double(price);
        assert_eq!(price.cents, 1000);
        assert_eq!(tipped.cents, 1150);
        assert_eq!(doubled.cents, 2000);
    }
