    #[test]
    fn splits_key_and_value() {
        assert_eq!(parse_setting("port = 8080"), Setting { key: "port", value: "8080" });
    }

    #[test]
    fn splits_at_the_first_equals_sign() {
        assert_eq!(parse_setting("query=a=b"), Setting { key: "query", value: "a=b" });
    }

    #[test]
    fn line_without_equals_is_a_key_with_empty_value() {
        assert_eq!(parse_setting("  verbose  "), Setting { key: "verbose", value: "" });
    }

    #[test]
    fn result_points_into_the_original_line() {
        let line = String::from("name = Ferris");
        let setting = parse_setting(&line);
        let start = line.as_ptr() as usize;
        let end = start + line.len();
        let value_at = setting.value.as_ptr() as usize;
        assert!(value_at >= start && value_at < end, "the value should be a slice of the line, not a new String");
    }
