//! Times as people read them in pages.

/// Day and time in Paris, written the same way in every locale (dd/mm/yyyy hh:mm).
pub fn format_timestamp(seconds: i64) -> String {
    jiff::Timestamp::from_second(seconds)
        .ok()
        .and_then(|t| t.in_tz("Europe/Paris").ok())
        .map(|z| z.strftime("%d/%m/%Y %H:%M").to_string())
        .unwrap_or_default()
}
