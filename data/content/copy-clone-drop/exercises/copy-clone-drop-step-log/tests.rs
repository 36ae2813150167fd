    #[test]
    fn logs_start_and_end_of_a_scope() {
        let mut log = Vec::new();
        {
            let _step = Step::start("build", &mut log);
        }
        assert_eq!(log, ["start build", "end build"]);
    }

    #[test]
    fn drop_ends_a_step_early() {
        let mut log = Vec::new();
        let step = Step::start("test", &mut log);
        drop(step);
        log.push(String::from("after"));
        assert_eq!(log, ["start test", "end test", "after"]);
    }

    #[test]
    fn steps_in_a_loop_end_before_the_next_starts() {
        let mut log = Vec::new();
        for name in ["fetch", "build"] {
            let _step = Step::start(name, &mut log);
        }
        assert_eq!(log, ["start fetch", "end fetch", "start build", "end build"]);
    }
