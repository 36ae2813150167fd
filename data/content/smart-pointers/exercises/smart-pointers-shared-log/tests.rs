    #[test]
    fn both_loggers_see_every_line_in_order() {
        let (net, db) = Logger::pair();
        net.log("connected");
        db.log("query took 3 ms");
        net.log("closed");
        let expected = vec!["net: connected", "db: query took 3 ms", "net: closed"];
        assert_eq!(net.history(), expected);
        assert_eq!(db.history(), expected);
    }

    #[test]
    fn a_new_pair_starts_empty() {
        let (net, _db) = Logger::pair();
        assert!(net.history().is_empty());
    }

    #[test]
    fn separate_pairs_do_not_share() {
        let (net, _) = Logger::pair();
        let (other, _) = Logger::pair();
        net.log("hello");
        assert!(other.history().is_empty());
    }
