    fn options(top: usize, lines: bool, file: Option<&str>) -> Options {
        Options { top, lines, file: file.map(String::from) }
    }

    #[test]
    fn no_arguments_gives_the_defaults() {
        assert_eq!(parse_args(&[]), Ok(options(3, false, None)));
    }

    #[test]
    fn long_options_and_a_file() {
        assert_eq!(parse_args(&["--top", "5", "--lines", "notes.txt"]), Ok(options(5, true, Some("notes.txt"))));
    }

    #[test]
    fn short_options_in_any_order() {
        assert_eq!(parse_args(&["notes.txt", "-l", "-t", "10"]), Ok(options(10, true, Some("notes.txt"))));
    }

    #[test]
    fn top_without_a_value_is_an_error() {
        assert_eq!(parse_args(&["--top"]), Err("missing value for --top".to_string()));
    }

    #[test]
    fn top_with_text_is_an_error() {
        assert_eq!(parse_args(&["-t", "many"]), Err("invalid number for --top: many".to_string()));
    }

    #[test]
    fn unknown_options_are_rejected() {
        assert_eq!(parse_args(&["--colour"]), Err("unknown option: --colour".to_string()));
    }

    #[test]
    fn a_second_file_is_rejected() {
        assert_eq!(parse_args(&["a.txt", "b.txt"]), Err("more than one file given".to_string()));
    }
