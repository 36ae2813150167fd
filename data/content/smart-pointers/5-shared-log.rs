use std::cell::RefCell;
use std::rc::Rc;

struct Emitter {
    listeners: Vec<Box<dyn Fn(&str)>>, //@ emitter
}

impl Emitter {
    fn on(&mut self, listener: impl Fn(&str) + 'static) { //@ on
        self.listeners.push(Box::new(listener)); //@ on
    }

    fn emit(&self, event: &str) { //@ emit
        self.listeners.iter().for_each(|listener| listener(event)); //@ emit
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new())); //@ log
    let mut emitter = Emitter { listeners: Vec::new() }; //@ emitter

    // Each closure owns one more handle to the same log.
    let audit_log = Rc::clone(&log); //@ audit
    emitter.on(move |event| audit_log.borrow_mut().push(format!("audit: {event}"))); //@ audit
    let mail_log = Rc::clone(&log); //@ mail
    emitter.on(move |event| mail_log.borrow_mut().push(format!("mail: {event}"))); //@ mail

    emitter.emit("signup"); //@ fire
    emitter.emit("order"); //@ fire
    println!("{}", log.borrow().join("\n")); //@ print
}
