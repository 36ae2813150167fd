mod config {
    pub fn name() -> &'static str { "crate::config" }
}

mod app {
    pub fn name() -> &'static str { "crate::app" }

    pub mod parser {
        mod lexer {
            pub fn name() -> &'static str { "crate::app::parser::lexer" }
        }

        pub fn show_paths() {
            println!("{}", self::lexer::name()); //@ self
            println!("{}", super::name()); //@ super
            println!("{}", crate::config::name()); //@ crate
        }
    }
}

fn main() {
    app::parser::show_paths();
}
