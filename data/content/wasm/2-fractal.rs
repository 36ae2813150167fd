fn escape_time(cx: f64, cy: f64, limit: u32) -> u32 { //@ fn
    let (mut x, mut y) = (0.0, 0.0);
    let mut steps = 0;
    while steps < limit && x * x + y * y <= 4.0 {
        let next_x = x * x - y * y + cx;
        y = 2.0 * x * y + cy;
        x = next_x;
        steps += 1;
    }
    steps
}

fn main() {
    for row in 0..=10 { //@ rows
        let cy = 1.0 - row as f64 * 0.2; //@ cy
        let mut line = String::new(); //@ line
        for col in 0..40 { //@ cols
            let steps = escape_time(-2.1 + col as f64 * 0.07, cy, 50); //@ call
            line.push(if steps == 50 { '#' } else if steps > 5 { '+' } else { '.' }); //@ char
        }
        println!("{line}"); //@ print
    }
}
