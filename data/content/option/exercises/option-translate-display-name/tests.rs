    #[test]
    fn no_user_is_anonymous() {
        assert_eq!(display_name(None), "anonymous");
    }

    #[test]
    fn user_without_profile_uses_name() {
        let ada = User { name: String::from("Ada"), profile: None };
        assert_eq!(display_name(Some(&ada)), "Ada");
    }

    #[test]
    fn profile_without_nickname_uses_name() {
        let ada = User { name: String::from("Ada"), profile: Some(Profile { nickname: None }) };
        assert_eq!(display_name(Some(&ada)), "Ada");
    }

    #[test]
    fn nickname_wins() {
        let profile = Profile { nickname: Some(String::from("countess")) };
        let ada = User { name: String::from("Ada"), profile: Some(profile) };
        assert_eq!(display_name(Some(&ada)), "countess");
    }
