use std::io::{self, BufRead};

// Any reader: BufReader<File>, io::stdin().lock(), or a byte slice.
fn count<R: BufRead>(input: R) -> io::Result<(usize, usize)> { //@ fn
    let (mut lines, mut words) = (0, 0); //@ zero
    for line in input.lines() { //@ loop
        let line = line?;
        lines += 1; //@ lines
        words += line.split_whitespace().count(); //@ words
    }
    Ok((lines, words)) //@ ret
}

fn main() -> io::Result<()> {
    let text = "the quick brown fox\njumps over\nthe lazy dog\n"; //@ text
    let (lines, words) = count(text.as_bytes())?; //@ call
    println!("{lines} lines, {words} words"); //@ print
    Ok(())
}
