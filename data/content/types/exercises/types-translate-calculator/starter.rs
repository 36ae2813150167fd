enum Op {
    Add(i64),
    Multiply(i64),
    Negate,
    Reset,
}

fn run(ops: &[Op]) -> i64 {
    todo!()
}

fn main() {
    println!("{}", run(&[Op::Add(4), Op::Multiply(3), Op::Negate]));
}
