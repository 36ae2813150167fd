    #[test]
    fn no_commands_gives_zero() {
        assert_eq!(run(&[]), 0);
    }

    #[test]
    fn add_then_multiply() {
        assert_eq!(run(&[Op::Add(4), Op::Multiply(3)]), 12);
    }

    #[test]
    fn negate_flips_the_sign() {
        assert_eq!(run(&[Op::Add(5), Op::Negate]), -5);
    }

    #[test]
    fn reset_starts_over() {
        assert_eq!(run(&[Op::Add(9), Op::Reset, Op::Add(2)]), 2);
    }
