class Connection {
  constructor(name) { this.name = name; this.open = true; }
  query(sql) {
    if (!this.open) throw new Error(`${this.name} is closed`);
    return `${this.name}: ${sql}`;
  }
  close() { this.open = false; console.log(`closed ${this.name}`); }
}

const conn = new Connection("db"); //@ open
console.log(conn.query("SELECT 1")); //@ query
conn.close(); //@ close
try {
  // The mistake is only discovered when this line runs.
  console.log(conn.query("SELECT 2")); //@ again
} catch (err) {
  console.log(`runtime error: ${err.message}`);
}
