/// "ada lovelace" -> "A.L."
fn initials(full_name: &str) -> String {
    todo!()
}
