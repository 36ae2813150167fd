struct Player {
    name: String,
    score: u32,
}

fn summary(players: &[Player], min_score: u32) -> String {
    todo!()
}

fn main() {
    let players = vec![
        Player { name: String::from("ada"), score: 92 },
        Player { name: String::from("linus"), score: 64 },
    ];
    println!("{}", summary(&players, 80));
}
