    #[test]
    fn a_new_account_is_empty() {
        let account = Account::open("Ada");
        assert_eq!(account.balance(), 0);
        assert_eq!(account.owner(), "Ada");
    }

    #[test]
    fn deposits_add_up() {
        let mut account = Account::open("Ferris");
        account.deposit(30);
        account.deposit(20);
        assert_eq!(account.balance(), 50);
    }
