    fn user(name: &str, age: u32, email: Option<&str>) -> User {
        User { name: name.to_string(), age, email: email.map(String::from) }
    }

    #[test]
    fn leaves_out_a_missing_email() {
        assert_eq!(user("Ferris", 7, None).to_json(), r#"{"name":"Ferris","age":7}"#);
    }

    #[test]
    fn writes_an_email_when_there_is_one() {
        assert_eq!(
            user("Ada", 36, Some("ada@example.org")).to_json(),
            r#"{"name":"Ada","age":36,"email":"ada@example.org"}"#
        );
    }

    #[test]
    fn escapes_double_quotes() {
        assert_eq!(user("The \"Crab\"", 1, None).to_json(), r#"{"name":"The \"Crab\"","age":1}"#);
    }

    #[test]
    fn escapes_backslashes() {
        assert_eq!(user("C:\\crabs", 2, None).to_json(), r#"{"name":"C:\\crabs","age":2}"#);
    }
