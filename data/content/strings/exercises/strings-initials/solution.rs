/// "ada lovelace" -> "A.L."
fn initials(full_name: &str) -> String {
    let mut result = String::new();
    for part in full_name.split_whitespace() {
        if let Some(first) = part.chars().next() {
            result.push_str(&first.to_uppercase().to_string());
            result.push('.');
        }
    }
    result
}
