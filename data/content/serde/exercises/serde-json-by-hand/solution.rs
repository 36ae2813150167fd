struct User {
    name: String,
    age: u32,
    email: Option<String>,
}

/// A JSON string literal: backslashes and quotes escaped, quotes around it.
fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

impl User {
    /// The same JSON that serde_json::to_string would write,
    /// with `email` left out when it is None.
    fn to_json(&self) -> String {
        let mut fields = vec![
            format!("\"name\":{}", quote(&self.name)),
            format!("\"age\":{}", self.age),
        ];
        if let Some(email) = &self.email {
            fields.push(format!("\"email\":{}", quote(email)));
        }
        format!("{{{}}}", fields.join(","))
    }
}
