    #[test]
    fn square_area_is_side_squared() {
        assert_eq!(Square { side: 3.0 }.area(), 9.0);
    }

    #[test]
    fn total_adds_every_shape() {
        let shapes: Vec<Box<dyn Area>> = vec![
            Box::new(Square { side: 2.0 }),
            Box::new(Square { side: 1.0 }),
            Box::new(Circle { radius: 1.0 }),
        ];
        let expected = 5.0 + std::f64::consts::PI;
        assert!((total_area(&shapes) - expected).abs() < 1e-9);
    }

    #[test]
    fn empty_list_has_no_area() {
        assert_eq!(total_area(&[]), 0.0);
    }
