    // A minimal executor: poll the future until it is ready.
    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        loop {
            if let std::task::Poll::Ready(value) = future.as_mut().poll(&mut context) {
                return value;
            }
        }
    }

    #[test]
    fn price_of_is_still_async() {
        assert_eq!(block_on(price_of("tea")), 250);
    }

    #[test]
    fn adds_up_the_prices() {
        assert_eq!(block_on(total(&["tea", "scone", "tea"])), 820);
    }

    #[test]
    fn unknown_items_cost_nothing() {
        assert_eq!(block_on(total(&["cake"])), 0);
    }

    #[test]
    fn an_empty_order_costs_nothing() {
        assert_eq!(block_on(total(&[])), 0);
    }
