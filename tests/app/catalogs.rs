//! The catalogs: same messages in every locale, valid plural forms, every used id defined.

use std::collections::{BTreeSet, HashMap};

use carnet::domain::locale::{Locale, ReadingLevel};
use carnet::domain::preferences::Rhythm;
use carnet::domain::role::Role;
use carnet::i18n::{self, Catalogs};
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use intl_pluralrules::{PluralRuleType, PluralRules};

type Entries = HashMap<String, (BTreeSet<String>, Vec<String>)>;

/// Per message id: its attribute names and the variables it uses.
fn entries(locale: Locale) -> Entries {
    let mut found = Entries::new();
    for (name, text) in i18n::sources(locale) {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, e)| panic!("{locale}/{name}: {e:?}"));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let attributes = message
                        .attributes
                        .iter()
                        .map(|a| a.id.name.to_string())
                        .collect();
                    let mut variables = Vec::new();
                    if let Some(pattern) = &message.value {
                        collect_variables(pattern, &mut variables);
                    }
                    for attribute in &message.attributes {
                        collect_variables(&attribute.value, &mut variables);
                    }
                    let previous =
                        found.insert(message.id.name.to_string(), (attributes, variables));
                    assert!(
                        previous.is_none(),
                        "{locale}: duplicate {}",
                        message.id.name
                    );
                }
                ast::Entry::Junk { content } => panic!("{locale}/{name}: junk {content}"),
                _ => {}
            }
        }
    }
    found
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                out.push(id.name.to_string());
            }
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
            out.push(id.name.to_string())
        }
        ast::Expression::Inline(_) => {}
    }
}

#[test]
fn every_locale_has_exactly_the_french_messages_and_attributes() {
    let french = entries(Locale::Fr);
    assert!(french.len() > 100);
    for locale in Locale::ALL {
        let other = entries(locale);
        let missing: Vec<_> = french.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !french.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{locale}: missing {missing:?}, extra {extra:?}"
        );
        for (id, (attributes, variables)) in &french {
            let (their_attributes, their_variables) = &other[id];
            assert_eq!(attributes, their_attributes, "{locale}: attributes of {id}");
            let mine: BTreeSet<_> = variables.iter().collect();
            let theirs: BTreeSet<_> = their_variables.iter().collect();
            assert!(
                theirs.is_subset(&mine),
                "{locale}: {id} uses unknown variables {theirs:?} (French: {mine:?})"
            );
        }
    }
}

/// The plural categories integers fall into in this language, by CLDR.
fn integer_categories(locale: Locale) -> BTreeSet<String> {
    let rules = PluralRules::create(
        locale
            .language_tag()
            .parse::<unic_langid::LanguageIdentifier>()
            .expect("langid"),
        PluralRuleType::CARDINAL,
    )
    .expect("rules");
    (0..=1000)
        .map(|n| format!("{:?}", rules.select(n).expect("select")).to_lowercase())
        .collect()
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn plural_selects(pattern: &ast::Pattern<&str>, out: &mut Vec<BTreeSet<String>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { variants, .. },
        } = element
        {
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some(name.to_string()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if keys.iter().all(|k| CATEGORIES.contains(&k.as_str())) {
                out.push(keys);
            }
        }
    }
}

#[test]
fn plural_selectors_give_every_form_the_language_needs_and_no_other() {
    for locale in Locale::ALL {
        // Fluent also wants the default `other`, even where integers never reach it (Ukrainian).
        let mut needed = integer_categories(locale);
        needed.insert("other".to_string());
        for (name, text) in i18n::sources(locale) {
            let resource = fluent_syntax::parser::parse(text).expect("parses");
            for entry in resource.body {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let mut selects = Vec::new();
                if let Some(value) = &message.value {
                    plural_selects(value, &mut selects);
                }
                for keys in selects {
                    assert_eq!(
                        keys, needed,
                        "{locale}/{name}: {} has plural forms {keys:?}, needs {needed:?}",
                        message.id.name
                    );
                }
            }
        }
    }
}

#[test]
fn arabic_needs_six_forms_and_ukrainian_three_for_integers() {
    assert_eq!(integer_categories(Locale::Ar).len(), 6);
    assert_eq!(
        integer_categories(Locale::Uk).len(),
        3,
        "one, few, many; other is for fractions"
    );
    assert_eq!(integer_categories(Locale::Fr).len(), 2);
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    let catalogs = Catalogs::load().expect("catalogs load");
    for locale in Locale::ALL {
        for (id, (attributes, variables)) in entries(locale) {
            let mut args = FluentArgs::new();
            for variable in &variables {
                args.set(variable.clone(), FluentValue::from(3));
            }
            let text = catalogs.html(locale).args(&id, &args);
            assert!(!text.is_empty() && text != id, "{locale}: {id}");
            for attribute in attributes {
                let plain = catalogs.plain(locale).attr(&id, &attribute, Some(&args));
                assert!(
                    !plain.contains('\u{2068}') && !plain.contains('\u{2069}'),
                    "{locale}: {id}.{attribute} has bidi marks"
                );
            }
        }
    }
}

#[test]
fn every_message_id_the_code_uses_exists() {
    let french = entries(Locale::Fr);
    let mut used = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(
                std::fs::read_dir(&path)
                    .expect("src")
                    .flatten()
                    .map(|e| e.path()),
            );
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("source");
        let is_id = |id: &str| {
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
                && id.contains('-')
        };
        for call in [".t(\"", ".args(\"", ".attr(\"", "message: \""] {
            for piece in text.split(call).skip(1) {
                let id: String = piece.chars().take_while(|c| *c != '"').collect();
                if is_id(&id) {
                    used.insert(id);
                }
            }
        }
        // Phone texts are passed around as bare ids.
        for literal in text.split('"').skip(1).step_by(2) {
            if ["menu-", "sms-", "call-", "reply-"]
                .iter()
                .any(|p| literal.starts_with(p))
                && is_id(literal)
            {
                used.insert(literal.to_string());
            }
        }
    }
    // Ids built at run time from a closed set of codes.
    for role in Role::ALL {
        used.insert(format!("role-{}", role.code()));
    }
    for level in [ReadingLevel::Standard, ReadingLevel::Easy] {
        used.insert(format!("settings-reading-{}", level.code()));
    }
    for rhythm in [Rhythm::Immediate, Rhythm::DailyDigest] {
        used.insert(format!("settings-rhythm-{}", rhythm.code()));
    }
    assert!(used.len() > 80, "found {}", used.len());
    let missing: Vec<_> = used.iter().filter(|id| !french.contains_key(*id)).collect();
    assert!(
        missing.is_empty(),
        "ids used in src but not in locales/fr: {missing:?}"
    );
}

#[test]
fn every_locale_has_its_own_long_texts() {
    let names = i18n::template_names();
    assert_eq!(names.len(), 3, "{names:?}");
    for locale in Locale::ALL {
        for name in &names {
            assert!(
                i18n::has_own_template(locale, name),
                "templates/{}/{name}.md is missing",
                locale.code()
            );
            let text = i18n::template(locale, name).expect("template");
            assert!(
                text.starts_with("# "),
                "{locale}/{name} starts with its title"
            );
        }
    }
}

#[test]
fn every_sms_fits_one_segment_in_gsm7_locales_and_two_in_ucs2_locales() {
    use carnet::domain::sms_segments::{Encoding, cost};
    let catalogs = Catalogs::load().expect("catalogs");
    // The longest realistic values of each argument an SMS carries.
    // Slots on the longest date: a Wednesday 30 December (in Paris time).
    let slot_at = |hour: i64| 1_798_646_400 + hour * 3600;
    for locale in Locale::ALL {
        let plain = catalogs.plain(locale);
        let slots = (0..4)
            .map(|i| {
                let letter = ['A', 'B', 'C', 'D'][i as usize];
                format!(
                    "{letter} {}",
                    carnet::i18n::dates::slot_short(&plain, slot_at(16 + i))
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let longest = [
            ("code", "999999".to_string()),
            ("spoken", "9, 9, 9, 9, 9, 9".to_string()),
            ("digit", "9".to_string()),
            ("first", "Marie-Christine".to_string()),
            ("ref", "KXMA".to_string()),
            ("half", "pm".to_string()),
            ("absence", "KXMA".to_string()),
            ("meeting", "WXYP".to_string()),
            ("letter", "D".to_string()),
            ("letters", "A, B, C, D".to_string()),
            ("slot", carnet::i18n::dates::slot_short(&plain, slot_at(17))),
            ("slots", slots),
        ];
        for (id, (attributes, _)) in entries(locale) {
            if !attributes.iter().any(|a| a == "sms") {
                continue;
            }
            let text = carnet::channels::render_message(
                &catalogs,
                locale,
                carnet::store::outbox::Channel::Sms,
                &id,
                &longest,
            );
            let sms = cost(&text);
            // Invitations list up to four slots: two SMS at most, in every language.
            let lists_slots = [
                "meeting-invitation",
                "meeting-taken",
                "meeting-slot-cancelled",
            ]
            .contains(&id.as_str());
            let ucs2_locale = matches!(locale, Locale::Ar | Locale::Uk | Locale::Tr);
            if !ucs2_locale {
                assert_eq!(
                    sms.encoding,
                    Encoding::Gsm7,
                    "{locale}: {id} falls into UCS-2: {text}"
                );
            }
            let allowed = if lists_slots || ucs2_locale { 2 } else { 1 };
            assert!(
                sms.segments <= allowed,
                "{locale}: {id} takes {} segments ({} units): {text}",
                sms.segments,
                sms.units
            );
        }
    }
}
