struct Player {
    name: String,
    score: u32,
}

fn summary(players: &[Player], min_score: u32) -> String {
    players
        .iter()
        .filter(|p| p.score >= min_score)
        .map(|p| format!("{} ({})", p.name, p.score))
        .collect::<Vec<_>>()
        .join(", ")
}

fn main() {
    let players = vec![
        Player { name: String::from("ada"), score: 92 },
        Player { name: String::from("linus"), score: 64 },
    ];
    println!("{}", summary(&players, 80));
}
