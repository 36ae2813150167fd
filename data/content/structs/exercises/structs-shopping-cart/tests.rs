    #[test]
    fn a_new_cart_is_empty() {
        let cart = Cart::new();
        assert_eq!(cart.count(), 0);
        assert_eq!(cart.total_cents(), 0);
    }

    #[test]
    fn total_multiplies_price_by_quantity() {
        let mut cart = Cart::new();
        cart.add("apple", 50, 2);
        cart.add("pear", 80, 1);
        assert_eq!(cart.total_cents(), 180);
    }

    #[test]
    fn count_adds_up_quantities() {
        let mut cart = Cart::new();
        cart.add("apple", 50, 2);
        cart.add("pear", 80, 1);
        assert_eq!(cart.count(), 3);
    }

    #[test]
    fn add_keeps_items_in_order() {
        let mut cart = Cart::new();
        cart.add("tea", 300, 1);
        cart.add("cake", 450, 2);
        assert_eq!(cart.names(), vec!["tea", "cake"]);
    }
