/// Splits "1.2.3" into [1, 2, 3].
fn parse(text: &str) -> [u64; 3] {
    let mut parts = [0; 3];
    for (slot, piece) in parts.iter_mut().zip(text.split('.')) {
        *slot = piece.parse().expect("a version part is a number");
    }
    parts
}

/// Does `version` satisfy the caret requirement `^req`?
/// Both are "major.minor.patch" strings, such as "1.2.3".
fn caret_matches(req: &str, version: &str) -> bool {
    let r = parse(req);
    let v = parse(version);

    // Arrays compare part by part from the left, like versions.
    if v < r {
        return false;
    }

    // The first non-zero part of the requirement (or the patch) must not change.
    let fixed = r.iter().position(|&n| n != 0).unwrap_or(2);
    v[..=fixed] == r[..=fixed]
}
