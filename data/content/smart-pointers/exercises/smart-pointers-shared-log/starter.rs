use std::rc::Rc;

struct Logger {
    prefix: String,
    lines: Rc<Vec<String>>,
}

impl Logger {
    /// Two loggers that share one history.
    fn pair() -> (Logger, Logger) {
        let lines = Rc::new(Vec::new());
        let net = Logger { prefix: "net".to_string(), lines: Rc::clone(&lines) };
        let db = Logger { prefix: "db".to_string(), lines };
        (net, db)
    }

    fn log(&self, message: &str) {
        self.lines.push(format!("{}: {}", self.prefix, message));
    }

    /// Every line logged by either logger, oldest first.
    fn history(&self) -> Vec<String> {
        self.lines.to_vec()
    }
}

fn main() {
    let (net, db) = Logger::pair();
    net.log("connected");
    db.log("query took 3 ms");
    println!("{:?}", db.history());
}
