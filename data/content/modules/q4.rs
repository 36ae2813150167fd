mod outer {
    pub fn name() -> &'static str {
        "outer"
    }

    pub mod inner {
        pub fn name() -> &'static str {
            "inner"
        }

        pub fn both() -> String {
            format!("{} {}", name(), super::name())
        }
    }
}

fn name() -> &'static str {
    "root"
}

fn main() {
    println!("{}", outer::inner::both());
    println!("{}", crate::name());
}
