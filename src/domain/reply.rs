//! Reading what a parent texts back: a keyword in any supported language, or one digit.

use serde::Deserialize;

/// The keywords of `sms-flows/keywords.toml`, already folded for matching.
#[derive(Debug, Clone, Deserialize)]
pub struct Keywords {
    pub stop: Vec<String>,
    pub start: Vec<String>,
    pub help: Vec<String>,
    pub language: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    Stop,
    Start,
    Help,
    /// LANGUE followed by what came after it (maybe nothing).
    Language(Option<String>),
    Digit(char),
    /// A meeting slot's letter, A to D (typed in Latin, Cyrillic or Arabic letters).
    Letter(char),
    /// Nothing Carnet can act on: empty, several digits, free text.
    Unclear,
}

/// Upper case, Latin accents and Arabic diacritics removed, so "Arrêt", "ARRET" and
/// "arret" match alike; Turkish dotted İ and dotless ı fold to I.
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0640}' | '\u{0670}'))
        .flat_map(char::to_uppercase)
        .map(|c| match c {
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Ă' => 'A',
            'Ç' => 'C',
            'È' | 'É' | 'Ê' | 'Ë' => 'E',
            'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => 'I',
            'Ñ' => 'N',
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'O',
            'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
            'Ş' | 'Ș' => 'S',
            'Ț' => 'T',
            'Ğ' => 'G',
            'أ' | 'إ' | 'آ' => 'ا',
            other => other,
        })
        .collect()
}

/// A first word of one letter naming a slot: A to D, the Cyrillic letters that look or sound
/// alike (А В С Д), and the first four Arabic letters in abjad order (ا ب ج د).
fn first_letter(word: &str) -> Option<char> {
    let mut chars = word.chars();
    let letter = match (chars.next()?, chars.next()) {
        (c, None) => c,
        _ => return None,
    };
    match letter {
        'A' | 'А' | 'ا' => Some('A'),
        'B' | 'В' | 'ب' => Some('B'),
        'C' | 'С' | 'ج' => Some('C'),
        'D' | 'Д' | 'د' => Some('D'),
        _ => None,
    }
}

/// Arabic-Indic and Persian digits count as the digits they are.
fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        _ => None,
    }
}

impl Keywords {
    pub fn parse(text: &str) -> Result<Keywords, String> {
        let raw: Keywords = toml::from_str(text).map_err(|e| e.to_string())?;
        let folded = |words: Vec<String>| words.iter().map(|w| fold(w)).collect();
        Ok(Keywords {
            stop: folded(raw.stop),
            start: folded(raw.start),
            help: folded(raw.help),
            language: folded(raw.language),
        })
    }

    /// Keywords listed under two meanings, which would make a reply ambiguous.
    pub fn overlaps(&self) -> Vec<String> {
        let lists = [&self.stop, &self.start, &self.help, &self.language];
        let mut seen = std::collections::BTreeMap::new();
        let mut overlaps = Vec::new();
        for (i, list) in lists.iter().enumerate() {
            for word in list.iter() {
                if let Some(other) = seen.insert(word.clone(), i)
                    && other != i
                {
                    overlaps.push(word.clone());
                }
            }
        }
        overlaps
    }

    /// Forgiving: case, accents, punctuation and spaces do not matter; a keyword must
    /// come first; a lone digit may sit inside a sentence ("1 merci").
    pub fn read(&self, text: &str) -> Reply {
        let folded = fold(text);
        let words: Vec<&str> = folded
            .split(|c: char| {
                c.is_whitespace() || (c.is_ascii_punctuation() || matches!(c, '،' | '؟' | '…'))
            })
            .filter(|w| !w.is_empty())
            .collect();
        let Some(first) = words.first() else {
            return Reply::Unclear;
        };
        let is = |list: &[String]| list.iter().any(|k| k == first);
        if is(&self.stop) {
            return Reply::Stop;
        }
        if is(&self.start) {
            return Reply::Start;
        }
        if is(&self.help) {
            return Reply::Help;
        }
        if is(&self.language) {
            return Reply::Language(words.get(1).map(|w| w.to_lowercase()));
        }
        let digits: Vec<char> = words
            .iter()
            .filter_map(|w| {
                let mut chars = w.chars();
                match (chars.next().and_then(ascii_digit), chars.next()) {
                    (Some(d), None) => Some(d),
                    _ => None,
                }
            })
            .collect();
        let any_long_number = words
            .iter()
            .any(|w| w.chars().filter(|c| ascii_digit(*c).is_some()).count() > 1);
        match digits.as_slice() {
            [d] if !any_long_number => Reply::Digit(*d),
            [] if !any_long_number => first_letter(first).map_or(Reply::Unclear, Reply::Letter),
            _ => Reply::Unclear,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keywords() -> Keywords {
        Keywords::parse(include_str!("../../sms-flows/keywords.toml")).unwrap()
    }

    #[test]
    fn keywords_match_in_every_script_whatever_the_case_and_accents() {
        let k = keywords();
        for stop in [
            "STOP",
            "stop",
            " Stop. ",
            "Arrêt",
            "arret svp",
            "توقف",
            "СТОП",
            "стоп",
            "dur",
            "PARAR",
        ] {
            assert_eq!(k.read(stop), Reply::Stop, "{stop}");
        }
        for start in [
            "START",
            "start!",
            "ابدأ",
            "СТАРТ",
            "başla",
            "BASLA",
            "Porneşte",
        ] {
            assert_eq!(k.read(start), Reply::Start, "{start}");
        }
        for help in [
            "AIDE",
            "aide",
            "Help?",
            "مساعدة",
            "допомога",
            "yardım",
            "AJUDA",
            "ayuda",
            "Ajutor",
        ] {
            assert_eq!(k.read(help), Reply::Help, "{help}");
        }
        assert_eq!(k.read("LANGUE ar"), Reply::Language(Some("ar".into())));
        assert_eq!(k.read("langue"), Reply::Language(None));
        assert_eq!(k.read("Dil tr"), Reply::Language(Some("tr".into())));
        assert_eq!(k.read("لغة ar"), Reply::Language(Some("ar".into())));
        assert!(k.overlaps().is_empty(), "{:?}", k.overlaps());
    }

    #[test]
    fn digits_are_found_inside_sentences_and_in_arabic_numerals() {
        let k = keywords();
        assert_eq!(k.read("1"), Reply::Digit('1'));
        assert_eq!(k.read("1 merci"), Reply::Digit('1'));
        assert_eq!(k.read("c'est le 9 svp"), Reply::Digit('9'));
        assert_eq!(k.read("٢"), Reply::Digit('2'));
        assert_eq!(k.read("  0. "), Reply::Digit('0'));
    }

    #[test]
    fn a_slot_letter_is_the_first_word_in_any_script() {
        let k = keywords();
        assert_eq!(k.read("b"), Reply::Letter('B'));
        assert_eq!(k.read("B KXMA"), Reply::Letter('B'));
        assert_eq!(k.read("  c. merci"), Reply::Letter('C'));
        assert_eq!(k.read("С"), Reply::Letter('C'), "Cyrillic Es");
        assert_eq!(k.read("д"), Reply::Letter('D'), "Cyrillic De");
        assert_eq!(k.read("ب"), Reply::Letter('B'), "Arabic ba");
        assert_eq!(k.read("E"), Reply::Unclear);
        assert_eq!(k.read("AB"), Reply::Unclear);
        assert_eq!(k.read("A 1"), Reply::Digit('1'), "a digit wins");
        assert_eq!(k.read("A 12"), Reply::Unclear);
        assert_eq!(k.read("merci A"), Reply::Unclear, "only the first word");
    }

    #[test]
    fn unclear_replies_are_never_guessed() {
        let k = keywords();
        for unclear in [
            "",
            "   ",
            "merci",
            "1 ou 2",
            "12",
            "06 12 34 56 78",
            "le 3e jour",
            "stopper?",
            "🙂",
        ] {
            assert_eq!(k.read(unclear), Reply::Unclear, "{unclear}");
        }
    }
}
