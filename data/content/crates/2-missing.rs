// Fails at compile time: semver is not listed in Cargo.toml.
use semver::{Version, VersionReq}; //@ use

fn main() {
    let requirement = VersionReq::parse("^1.2").unwrap(); //@ check
    let version = Version::parse("1.4.2").unwrap(); //@ check
    println!("{}", requirement.matches(&version)); //@ check
}
