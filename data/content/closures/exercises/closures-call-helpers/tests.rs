    #[test]
    fn doubles_three_times() {
        assert_eq!(apply_n_times(|v| v * 2, 3, 1), 8);
    }

    #[test]
    fn zero_times_returns_the_input() {
        assert_eq!(apply_n_times(|v| v + 100, 0, 7), 7);
    }

    #[test]
    fn uses_a_captured_value() {
        let step = 5;
        assert_eq!(apply_n_times(|v| v + step, 4, 0), 20);
    }

    #[test]
    fn collects_until_none() {
        let mut left = 3;
        let values = collect_until_none(|| {
            if left == 0 {
                return None;
            }
            left -= 1;
            Some(left)
        });
        assert_eq!(values, vec![2, 1, 0]);
    }

    #[test]
    fn stops_at_once_when_the_first_call_is_none() {
        let mut calls = 0;
        let values = collect_until_none(|| {
            calls += 1;
            None
        });
        assert!(values.is_empty());
        assert_eq!(calls, 1);
    }
