    #[test]
    fn first_two_values() {
        assert_eq!(fibonacci_checked(0), Ok(0));
        assert_eq!(fibonacci_checked(1), Ok(1));
    }

    #[test]
    fn small_values() {
        assert_eq!(fibonacci_checked(10), Ok(55));
        assert_eq!(fibonacci_checked(30), Ok(832040));
    }

    #[test]
    fn largest_value_that_fits() {
        assert_eq!(fibonacci_checked(47), Ok(2971215073));
    }

    #[test]
    fn first_value_that_overflows() {
        assert_eq!(fibonacci_checked(48), Err("F(48) does not fit in u32".to_string()));
    }

    #[test]
    fn far_beyond_the_limit() {
        assert_eq!(fibonacci_checked(100), Err("F(100) does not fit in u32".to_string()));
    }
