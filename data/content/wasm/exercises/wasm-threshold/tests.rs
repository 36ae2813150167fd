    #[test]
    fn bright_pixel_becomes_white_and_dark_becomes_black() {
        let mut pixels = vec![200, 180, 160, 255, 20, 40, 60, 255];
        threshold(&mut pixels, 128);
        assert_eq!(pixels, vec![255, 255, 255, 255, 0, 0, 0, 255]);
    }

    #[test]
    fn alpha_is_kept() {
        let mut pixels = vec![250, 250, 250, 7, 0, 0, 0, 99];
        threshold(&mut pixels, 100);
        assert_eq!(pixels, vec![255, 255, 255, 7, 0, 0, 0, 99]);
    }

    #[test]
    fn average_equal_to_the_level_is_white() {
        let mut pixels = vec![100, 110, 120, 255];
        threshold(&mut pixels, 110);
        assert_eq!(pixels, vec![255, 255, 255, 255]);
    }

    #[test]
    fn large_values_do_not_overflow() {
        let mut pixels = vec![255, 255, 255, 255];
        threshold(&mut pixels, 255);
        assert_eq!(pixels, vec![255, 255, 255, 255]);
    }

    #[test]
    fn trailing_bytes_are_left_alone() {
        let mut pixels = vec![0, 0, 30, 255, 9, 9];
        threshold(&mut pixels, 5);
        assert_eq!(pixels, vec![255, 255, 255, 255, 9, 9]);
    }
