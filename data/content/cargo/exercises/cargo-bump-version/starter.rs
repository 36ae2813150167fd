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
    todo!()
}
