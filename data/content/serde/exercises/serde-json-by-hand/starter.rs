struct User {
    name: String,
    age: u32,
    email: Option<String>,
}

impl User {
    /// The same JSON that serde_json::to_string would write,
    /// with `email` left out when it is None.
    fn to_json(&self) -> String {
        todo!()
    }
}
