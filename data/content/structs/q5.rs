struct Player {
    name: String,
    score: u32,
}

impl Player {
    fn add_points(&mut self, points: u32) {
        self.score += points;
    }
}

fn main() {
    let player = Player { name: String::from("Ada"), score: 0 };
    player.add_points(10);
    println!("{} has {} points", player.name, player.score);
}
