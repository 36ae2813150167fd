    fn message(err: &dyn std::error::Error) -> String {
        err.to_string()
    }

    #[test]
    fn insufficient_funds_message() {
        let err = TransferError::InsufficientFunds { needed: 50, available: 20 };
        assert_eq!(message(&err), "insufficient funds: needed 50, available 20");
    }

    #[test]
    fn locked_account_message() {
        let err = TransferError::AccountLocked(String::from("Ada"));
        assert_eq!(message(&err), "the account of Ada is locked");
    }

    #[test]
    fn zero_amount_message() {
        assert_eq!(message(&TransferError::ZeroAmount), "the amount must be greater than zero");
    }

    #[test]
    fn withdraw_returns_the_new_balance() {
        assert_eq!(withdraw("Ada", 100, 30, false), Ok(70));
        assert_eq!(withdraw("Ada", 30, 30, false), Ok(0));
    }

    #[test]
    fn withdraw_reports_missing_funds() {
        assert_eq!(
            withdraw("Ada", 20, 50, false),
            Err(TransferError::InsufficientFunds { needed: 50, available: 20 })
        );
    }

    #[test]
    fn withdraw_checks_the_lock_first() {
        assert_eq!(withdraw("Grace", 20, 0, true), Err(TransferError::AccountLocked(String::from("Grace"))));
    }

    #[test]
    fn withdraw_rejects_zero() {
        assert_eq!(withdraw("Ada", 20, 0, false), Err(TransferError::ZeroAmount));
    }
