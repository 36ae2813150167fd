struct Connection {
    name: String,
}

impl Connection {
    fn query(&self, sql: &str) -> String {
        format!("{}: {sql}", self.name)
    }
    // `self` by value: calling close() uses the connection up.
    fn close(self) {
        println!("closed {}", self.name);
    }
}

fn main() {
    let conn = Connection { name: String::from("db") }; //@ open
    println!("{}", conn.query("SELECT 1")); //@ query
    conn.close(); //@ close
    // The compiler rejects this line: `conn` was moved into close().
    println!("{}", conn.query("SELECT 2")); //@ again
}
