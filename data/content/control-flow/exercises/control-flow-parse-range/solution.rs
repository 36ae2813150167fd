/// "3-7" -> Some((3, 7)); None for anything that is not a valid range.
fn parse_range(text: &str) -> Option<(u32, u32)> {
    let Some((left, right)) = text.split_once('-') else {
        return None;
    };
    let Ok(start) = left.trim().parse::<u32>() else {
        return None;
    };
    let Ok(end) = right.trim().parse::<u32>() else {
        return None;
    };
    if start > end {
        return None;
    }
    Some((start, end))
}

fn main() {
    println!("{:?}", parse_range("3-7"));
}
