/// Splits "1.2.3" into (1, 2, 3). Missing or invalid parts count as 0.
fn parse(version: &str) -> (u64, u64, u64) {
    let numbers: Vec<u64> = version
        .split('.')
        .map(|part| part.parse().unwrap_or(0))
        .collect();
    let get = |i: usize| numbers.get(i).copied().unwrap_or(0);
    (get(0), get(1), get(2))
}

/// Does `version` satisfy the Cargo requirement `req`, which means ^req?
fn caret_matches(req: &str, version: &str) -> bool {
    let (r_major, r_minor, r_patch) = parse(req);
    let (major, minor, patch) = parse(version);
    if r_major > 0 {
        major == r_major && (minor, patch) >= (r_minor, r_patch)
    } else if r_minor > 0 {
        major == 0 && minor == r_minor && patch >= r_patch
    } else {
        major == 0 && minor == 0 && patch == r_patch
    }
}
