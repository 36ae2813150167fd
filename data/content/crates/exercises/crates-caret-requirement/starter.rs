/// Does `version` satisfy the caret requirement `^req`?
/// Both are "major.minor.patch" strings, such as "1.2.3".
fn caret_matches(req: &str, version: &str) -> bool {
    todo!()
}
