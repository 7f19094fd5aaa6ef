//! Picks the locale of a request: stored family choice, explicit choice, browser, French.

use crate::domain::locale::Locale;

/// The best supported language in an `Accept-Language` header, by quality then order.
pub fn from_accept_language(header: &str) -> Option<Locale> {
    let mut ranked: Vec<(u16, usize, Locale)> = header
        .split(',')
        .take(32)
        .enumerate()
        .filter_map(|(order, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let quality =
                pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1000), |q| {
                        q.trim()
                            .parse::<f32>()
                            .ok()
                            .map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16)
                    })?;
            let locale = Locale::parse(tag)?;
            (quality > 0).then_some((quality, order, locale))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.first().map(|(_, _, locale)| *locale)
}

/// The order of precedence, in one place.
pub fn choose(
    stored: Option<Locale>,
    explicit: Option<Locale>,
    accept_language: Option<&str>,
) -> Locale {
    stored
        .or(explicit)
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or(Locale::Fr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_accept_language_by_quality() {
        assert_eq!(
            from_accept_language("ar-MA,ar;q=0.9,fr;q=0.8"),
            Some(Locale::Ar)
        );
        assert_eq!(
            from_accept_language("de-DE,de;q=0.9,uk;q=0.5,tr;q=0.7"),
            Some(Locale::Tr)
        );
        assert_eq!(from_accept_language("de, ja"), None);
        assert_eq!(from_accept_language("es;q=0, pt"), Some(Locale::Pt));
        assert_eq!(from_accept_language("garbage;;;q=x,,,"), None);
    }

    #[test]
    fn stored_beats_explicit_beats_browser_beats_french() {
        assert_eq!(
            choose(Some(Locale::Uk), Some(Locale::Ar), Some("pt")),
            Locale::Uk
        );
        assert_eq!(choose(None, Some(Locale::Ar), Some("pt")), Locale::Ar);
        assert_eq!(choose(None, None, Some("pt")), Locale::Pt);
        assert_eq!(choose(None, None, None), Locale::Fr);
    }
}
