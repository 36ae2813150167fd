    #[test]
    fn ok_and_created() {
        assert_eq!(status_text(200), "OK");
        assert_eq!(status_text(201), "Created");
    }

    #[test]
    fn both_redirects() {
        assert_eq!(status_text(301), "Redirect");
        assert_eq!(status_text(302), "Redirect");
    }

    #[test]
    fn not_found() {
        assert_eq!(status_text(404), "Not Found");
    }

    #[test]
    fn the_whole_500_range_is_a_server_error() {
        assert_eq!(status_text(500), "Server Error");
        assert_eq!(status_text(503), "Server Error");
        assert_eq!(status_text(599), "Server Error");
    }

    #[test]
    fn everything_else_is_unknown() {
        assert_eq!(status_text(600), "Unknown");
        assert_eq!(status_text(418), "Unknown");
    }
