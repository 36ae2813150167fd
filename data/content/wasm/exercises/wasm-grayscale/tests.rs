    #[test]
    fn white_stays_white() {
        assert_eq!(to_grayscale(&[255, 255, 255, 255]), vec![255]);
    }

    #[test]
    fn pure_colours_use_their_weights() {
        let rgba = [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255];
        assert_eq!(to_grayscale(&rgba), vec![76, 149, 29]);
    }

    #[test]
    fn alpha_is_ignored_and_result_rounds_down() {
        assert_eq!(to_grayscale(&[10, 20, 30, 0]), vec![18]);
    }

    #[test]
    fn an_incomplete_pixel_gives_nothing() {
        assert_eq!(to_grayscale(&[1, 2, 3]), Vec::<u8>::new());
    }
