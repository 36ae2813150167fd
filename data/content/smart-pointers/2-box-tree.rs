enum Expr {
    Num(f64),
    Add(Box<Expr>, Box<Expr>), // each child lives in its own heap allocation
    Mul(Box<Expr>, Box<Expr>),
}

impl Expr {
    fn eval(&self) -> f64 { //@ fn
        match self {
            Expr::Num(n) => *n, //@ num
            Expr::Add(a, b) => a.eval() + b.eval(), //@ add
            Expr::Mul(a, b) => a.eval() * b.eval(), //@ mul
        }
    }
}

fn main() {
    // (2 + 3) * 4
    let expr = Expr::Mul( //@ build
        Box::new(Expr::Add(Box::new(Expr::Num(2.0)), Box::new(Expr::Num(3.0)))), //@ left
        Box::new(Expr::Num(4.0)), //@ right
    );
    println!("{}", expr.eval()); //@ print
}
