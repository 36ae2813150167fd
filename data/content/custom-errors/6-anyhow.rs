use anyhow::{Context, Result, bail};

// anyhow::Result<T> is Result<T, anyhow::Error>: any error, plus context.
fn parse_limit(text: &str) -> Result<u32> { //@ fn
    let limit: u32 = text
        .parse() //@ parse
        .with_context(|| format!("reading limit {text:?}"))?; //@ context
    if limit > 100 {
        bail!("the limit {limit} is above 100"); //@ bail
    }
    Ok(limit)
}

fn main() {
    for input in ["50", "500", "lots"] { //@ loop
        match parse_limit(input) {
            Ok(limit) => println!("limit {limit}"), //@ ok
            // {:#} prints the message, then each cause after a colon.
            Err(err) => println!("error: {err:#}"), //@ err,chain
        }
    }
}
