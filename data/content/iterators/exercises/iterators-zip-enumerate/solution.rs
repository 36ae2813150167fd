fn dot(a: &[i64], b: &[i64]) -> i64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn positions(items: &[i32], target: i32) -> Vec<usize> {
    items
        .iter()
        .enumerate()
        .filter(|(_, item)| **item == target)
        .map(|(i, _)| i)
        .collect()
}

fn main() {
    println!("{}", dot(&[1, 2, 3], &[4, 5, 6]));
    println!("{:?}", positions(&[7, 1, 7, 7], 7));
}
