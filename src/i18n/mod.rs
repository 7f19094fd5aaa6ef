//! Fluent catalogs for every locale, the translator pages use, and per-locale templates.

pub mod dates;
pub mod negotiate;

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::domain::locale::Locale;
use crate::embedded;

type Bundle = FluentBundle<FluentResource>;

/// Two bundle sets: HTML wants Unicode isolation marks around placeables; SMS and
/// voice must not have them (they force UCS-2 and trip text-to-speech).
pub struct Catalogs {
    html: HashMap<Locale, Bundle>,
    plain: HashMap<Locale, Bundle>,
}

/// The `.ftl` sources of one locale, for the catalog checks.
pub fn sources(locale: Locale) -> Vec<(&'static str, &'static str)> {
    embedded::under(&format!("locales/{}/", locale.code()))
        .filter(|(name, _)| name.ends_with(".ftl"))
        .collect()
}

fn bundle(locale: Locale, isolating: bool) -> Result<Bundle, String> {
    let tag: LanguageIdentifier = locale
        .language_tag()
        .parse()
        .map_err(|e| format!("{locale}: {e}"))?;
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    bundle.set_use_isolating(isolating);
    let files = sources(locale);
    if files.is_empty() {
        return Err(format!(
            "no catalog for {locale} in locales/{}/",
            locale.code()
        ));
    }
    for (name, text) in files {
        let resource = FluentResource::try_new(text.to_string())
            .map_err(|(_, errors)| format!("locales/{}/{name}: {errors:?}", locale.code()))?;
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("locales/{}/{name}: {errors:?}", locale.code()))?;
    }
    Ok(bundle)
}

impl Catalogs {
    /// Parses every catalog; any syntax error or duplicate message is fatal at startup.
    pub fn load() -> Result<Self, String> {
        let mut html = HashMap::new();
        let mut plain = HashMap::new();
        for locale in Locale::ALL {
            html.insert(locale, bundle(locale, true)?);
            plain.insert(locale, bundle(locale, false)?);
        }
        Ok(Self { html, plain })
    }

    /// A translator for web pages.
    pub fn html(&self, locale: Locale) -> Tr<'_> {
        Tr {
            catalogs: self,
            locale,
            plain: false,
        }
    }

    /// A translator for SMS and voice: no isolation marks.
    pub fn plain(&self, locale: Locale) -> Tr<'_> {
        Tr {
            catalogs: self,
            locale,
            plain: true,
        }
    }

    fn format(
        &self,
        locale: Locale,
        plain: bool,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        let bundle = if plain {
            self.plain.get(&locale)?
        } else {
            self.html.get(&locale)?
        };
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(%locale, id, ?errors, "fluent formatting errors");
        }
        Some(text.into_owned())
    }
}

/// Text in one locale; a message missing there falls back to French, then to its id.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    catalogs: &'a Catalogs,
    pub locale: Locale,
    plain: bool,
}

impl Tr<'_> {
    fn lookup(&self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> String {
        self.catalogs
            .format(self.locale, self.plain, id, attribute, args)
            .or_else(|| {
                self.catalogs
                    .format(Locale::Fr, self.plain, id, attribute, args)
            })
            .unwrap_or_else(|| {
                tracing::warn!(locale = %self.locale, id, "missing message");
                id.to_string()
            })
    }

    /// Whether this locale's own catalog has the message (or its attribute), without fallback.
    pub fn has(&self, id: &str, attribute: Option<&str>) -> bool {
        let bundles = if self.plain {
            &self.catalogs.plain
        } else {
            &self.catalogs.html
        };
        let message = bundles.get(&self.locale).and_then(|b| b.get_message(id));
        match (message, attribute) {
            (Some(m), Some(name)) => m.get_attribute(name).is_some(),
            (Some(m), None) => m.value().is_some(),
            (None, _) => false,
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.lookup(id, None, None)
    }

    pub fn args(&self, id: &str, args: &FluentArgs) -> String {
        self.lookup(id, None, Some(args))
    }

    /// A message with text arguments, for the common case of a few named strings.
    pub fn with(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.args(id, &fluent)
    }

    pub fn attr(&self, id: &str, attribute: &str, args: Option<&FluentArgs>) -> String {
        self.lookup(id, Some(attribute), args)
    }
}

/// Long human-edited text (`templates/<locale>/<name>.md`), French when missing.
pub fn template(locale: Locale, name: &str) -> Option<&'static str> {
    let find = |l: Locale| embedded::file(&format!("templates/{}/{name}.md", l.code()));
    find(locale).or_else(|| find(Locale::Fr))
}

/// The names of the templates that exist in French, which every locale must provide.
pub fn template_names() -> Vec<&'static str> {
    embedded::under("templates/fr/")
        .filter_map(|(name, _)| name.strip_suffix(".md"))
        .collect()
}

/// Whether `templates/<locale>/<name>.md` exists without falling back.
pub fn has_own_template(locale: Locale, name: &str) -> bool {
    embedded::file(&format!("templates/{}/{name}.md", locale.code())).is_some()
}
