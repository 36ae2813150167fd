pub fn checksum(data: &[u8]) -> u32 { //@ checksum
    data.iter().map(|&byte| u32::from(byte)).sum() //@ sum
}

pub fn parse_port(text: &str) -> Result<u32, String> { //@ parse
    let port: u32 = text.trim().parse().map_err(|_| format!("not a number: {text}"))?; //@ number
    if port == 0 || port > 65535 { //@ range
        return Err(format!("out of range: {port}")); //@ range
    }
    Ok(port) //@ ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_the_bytes() { assert_eq!(checksum(b"abc"), 294); } //@ t1
    #[test]
    fn accepts_a_port() { assert_eq!(parse_port(" 8080 "), Ok(8080)); } //@ t2
    #[test]
    fn rejects_text() { assert_eq!(parse_port("http"), Err("not a number: http".to_string())); } //@ t3
    #[test]
    fn rejects_zero() { assert_eq!(parse_port("0"), Err("out of range: 0".to_string())); } //@ t4
}
