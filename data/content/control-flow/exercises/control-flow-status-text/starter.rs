fn status_text(code: u16) -> &'static str {
    todo!()
}
