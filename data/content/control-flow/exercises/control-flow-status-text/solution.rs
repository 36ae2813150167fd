fn status_text(code: u16) -> &'static str {
    match code {
        200 => "OK",
        201 => "Created",
        301 | 302 => "Redirect",
        404 => "Not Found",
        500..=599 => "Server Error",
        _ => "Unknown",
    }
}
