//! Files under `locales/`, `templates/` and `sms-flows/`, compiled into the binary.

mod generated {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The text of one embedded file, by its path from the crate root.
pub fn file(path: &str) -> Option<&'static str> {
    generated::FILES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, text)| *text)
}

/// Every embedded file under `prefix` (such as `locales/ar/`), as (name after the prefix, text).
pub fn under(prefix: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    generated::FILES
        .iter()
        .filter_map(move |(path, text)| path.strip_prefix(prefix).map(|name| (name, *text)))
}
