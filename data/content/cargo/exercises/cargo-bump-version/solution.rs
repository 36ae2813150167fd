/// Splits "1.2.3" into (1, 2, 3). Missing or invalid parts count as 0.
fn parse(version: &str) -> (u64, u64, u64) {
    let numbers: Vec<u64> = version
        .split('.')
        .map(|part| part.parse().unwrap_or(0))
        .collect();
    let get = |i: usize| numbers.get(i).copied().unwrap_or(0);
    (get(0), get(1), get(2))
}

/// Raises the "major", "minor" or "patch" part of `version`.
fn bump(version: &str, part: &str) -> String {
    let (major, minor, patch) = parse(version);
    if part == "major" {
        format!("{}.0.0", major + 1)
    } else if part == "minor" {
        format!("{major}.{}.0", minor + 1)
    } else if part == "patch" {
        format!("{major}.{minor}.{}", patch + 1)
    } else {
        version.to_string()
    }
}
