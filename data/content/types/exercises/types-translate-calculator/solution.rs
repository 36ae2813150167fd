enum Op {
    Add(i64),
    Multiply(i64),
    Negate,
    Reset,
}

fn run(ops: &[Op]) -> i64 {
    let mut acc = 0;
    for op in ops {
        match op {
            Op::Add(value) => acc += *value,
            Op::Multiply(value) => acc *= *value,
            Op::Negate => acc = -acc,
            Op::Reset => acc = 0,
        }
    }
    acc
}

fn main() {
    println!("{}", run(&[Op::Add(4), Op::Multiply(3), Op::Negate]));
}
