// Every way this operation can fail, listed in one type.
enum FileError {
    NotFound(String),
    PermissionDenied(String),
}

fn read_file(path: &str) -> Result<String, FileError> {
    if path.starts_with("/root") {
        return Err(FileError::PermissionDenied(path.to_string()));
    }
    Err(FileError::NotFound(path.to_string()))
}

fn main() {
    for path in ["/tmp/a.txt", "/root/b.txt"] {
        match read_file(path) {
            Ok(text) => println!("{text}"),
            Err(FileError::NotFound(p)) => println!("not found: {p}"),
            Err(FileError::PermissionDenied(p)) => println!("denied: {p}"),
        }
    }
}
