use napi::bindgen_prelude::*;
use napi_derive::napi;

#[napi]
pub fn checksum(data: Buffer) -> u32 { //@ checksum
    data.iter().map(|&byte| u32::from(byte)).sum() //@ sum
}

#[napi]
pub fn reverse_bytes(data: Buffer) -> Buffer { //@ reverse
    let mut bytes = data.to_vec(); //@ copy
    bytes.reverse(); //@ copy
    bytes.into()
}

// Err(...) is thrown in JavaScript as an Error with this message.
#[napi]
pub fn parse_port(text: String) -> Result<u32> { //@ parse
    let port: u32 = text.trim().parse() //@ number
        .map_err(|_| Error::from_reason(format!("not a number: {text}")))?; //@ number
    if port == 0 || port > 65535 { //@ range
        return Err(Error::from_reason(format!("out of range: {port}"))); //@ range
    }
    Ok(port) //@ ok
}
