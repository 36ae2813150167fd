/// A piece of work that logs when it starts and when it ends.
struct Step<'a> {
    name: &'static str,
    log: &'a mut Vec<String>,
}

impl<'a> Step<'a> {
    /// Logs "start <name>" and returns the running step.
    fn start(name: &'static str, log: &'a mut Vec<String>) -> Step<'a> {
        todo!()
    }
}

impl Drop for Step<'_> {
    /// Logs "end <name>".
    fn drop(&mut self) {
        todo!()
    }
}

fn main() {
    let mut log = Vec::new();
    {
        let _step = Step::start("build", &mut log);
    }
    println!("{log:?}");
}
