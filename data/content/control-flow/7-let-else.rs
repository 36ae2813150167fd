fn parse_setting(line: &str) -> Option<(&str, u32)> { //@ fn
    let Some((key, value)) = line.split_once('=') else { //@ split
        return None; // no '=' in the line
    };
    let Ok(number) = value.parse::<u32>() else { //@ parse
        return None;
    };
    Some((key.trim(), number)) //@ ok
}

fn main() {
    println!("{:?}", parse_setting("port=8080")); //@ call1
    println!("{:?}", parse_setting("verbose")); //@ call2
    println!("{:?}", parse_setting("port=eighty")); //@ call3
}
