//! SMS cost per 3GPP TS 23.038: GSM-7 or UCS-2, units, segments, and normalisation.
//
// A message is sent in the GSM 7-bit default alphabet when every character is in
// its basic table or its extension table, and in UCS-2 (really UTF-16) otherwise.
// Segment sizes assume the usual concatenation header with an 8-bit reference
// (6 octets of UDH): 160 septets or 70 units alone, 153 or 67 per part otherwise.
// No national language shift tables are used.

/// The character set a message travels in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Gsm7,
    Ucs2,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "gsm7",
            Encoding::Ucs2 => "ucs2",
        }
    }
}

/// What a message costs: septets (GSM-7) or UTF-16 code units (UCS-2), and parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SmsCost {
    pub encoding: Encoding,
    pub units: usize,
    pub segments: usize,
}

impl SmsCost {
    /// `"gsm7 <units> <segments>"` or `"ucs2 <units> <segments>"`.
    pub fn line(&self) -> String {
        format!("{} {} {}", self.encoding.name(), self.units, self.segments)
    }
}

const GSM7_SINGLE: usize = 160;
const GSM7_PART: usize = 153;
const UCS2_SINGLE: usize = 70;
const UCS2_PART: usize = 67;

/// The encoding, units and segments of `text` as an SMS.
///
/// An extension character (`€`, `[`, `^`…) is an escape plus a septet, so it counts
/// 2 and is never split across parts; likewise a surrogate pair (emoji) in UCS-2.
/// The empty text is GSM-7 with 0 units and 1 segment: an empty SMS is still one
/// message to send and pay for.
pub fn cost(text: &str) -> SmsCost {
    if text.chars().all(|c| gsm7_septets(c).is_some()) {
        let (units, segments) = count(
            text.chars().filter_map(gsm7_septets),
            GSM7_SINGLE,
            GSM7_PART,
        );
        SmsCost {
            encoding: Encoding::Gsm7,
            units,
            segments,
        }
    } else {
        let (units, segments) = count(text.chars().map(char::len_utf16), UCS2_SINGLE, UCS2_PART);
        SmsCost {
            encoding: Encoding::Ucs2,
            units,
            segments,
        }
    }
}

/// Total units and segments for per-character widths; a character never straddles
/// two parts (it moves whole to the next one, leaving the previous one short).
fn count(
    widths: impl Iterator<Item = usize> + Clone,
    single: usize,
    part: usize,
) -> (usize, usize) {
    let units = widths.clone().sum();
    if units <= single {
        return (units, 1);
    }
    let (mut segments, mut fill) = (1, 0);
    for width in widths {
        if fill + width > part {
            segments += 1;
            fill = 0;
        }
        fill += width;
    }
    (units, segments)
}

/// Septets for `c` in the GSM 7-bit default alphabet: 1 in the basic table, 2 in the
/// extension table (escape + char), `None` if it is not there at all. ESC itself
/// (U+001B) is not a character a text can contain.
fn gsm7_septets(c: char) -> Option<usize> {
    match c {
        '\n' | '\r' | ' '..='Z' | '_' | 'a'..='z' => Some(1),
        '¡' | '£' | '¤' | '¥' | '§' | '¿' | 'Ä' | 'Å' | 'Æ' | 'Ç' | 'É' | 'Ñ' | 'Ö' | 'Ø' | 'Ü'
        | 'ß' | 'à' | 'ä' | 'å' | 'æ' | 'è' | 'é' | 'ì' | 'ñ' | 'ò' | 'ö' | 'ø' | 'ù' | 'ü'
        | 'Γ' | 'Δ' | 'Θ' | 'Λ' | 'Ξ' | 'Π' | 'Σ' | 'Φ' | 'Ψ' | 'Ω' => Some(1),
        '\u{c}' | '^' | '{' | '}' | '\\' | '[' | '~' | ']' | '|' | '€' => Some(2),
        _ => None,
    }
}

/// Latin letters with one diacritic (Latin-1, Latin Extended-A, Romanian comma-below),
/// by combining mark: pairs of ASCII base letter and precomposed letter.
const DIACRITICS: &[(char, &str)] = &[
    ('\u{300}', "AÀEÈIÌOÒUÙaàeèiìoòuù"),
    (
        '\u{301}',
        "AÁEÉIÍOÓUÚYÝaáeéiíoóuúyýCĆcćLĹlĺNŃnńRŔrŕSŚsśZŹzź",
    ),
    (
        '\u{302}',
        "AÂEÊIÎOÔUÛaâeêiîoôuûCĈcĉGĜgĝHĤhĥJĴjĵSŜsŝWŴwŵYŶyŷ",
    ),
    ('\u{303}', "AÃNÑOÕaãnñoõIĨiĩUŨuũ"),
    ('\u{304}', "AĀaāEĒeēIĪiīOŌoōUŪuū"),
    ('\u{306}', "AĂaăEĔeĕGĞgğIĬiĭOŎoŏUŬuŭ"),
    ('\u{307}', "CĊcċEĖeėGĠgġIİZŻzż"),
    ('\u{308}', "AÄEËIÏOÖUÜaäeëiïoöuüyÿYŸ"),
    ('\u{30a}', "AÅaåUŮuů"),
    ('\u{30b}', "OŐoőUŰuű"),
    ('\u{30c}', "CČcčDĎdďEĚeěLĽlľNŇnňRŘrřSŠsšTŤtťZŽzž"),
    ('\u{326}', "SȘsșTȚtț"),
    ('\u{327}', "CÇcçGĢgģKĶkķLĻlļNŅnņRŖrŗSŞsşTŢtţ"),
    ('\u{328}', "AĄaąEĘeęIĮiįUŲuų"),
];

fn pairs(s: &'static str) -> impl Iterator<Item = (char, char)> {
    s.chars().step_by(2).zip(s.chars().skip(1).step_by(2))
}

/// The precomposed form of `base` + combining `mark`, if the table has one.
fn compose(base: char, mark: char) -> Option<char> {
    let (_, letters) = DIACRITICS.iter().find(|(m, _)| *m == mark)?;
    pairs(letters)
        .find(|&(b, _)| b == base)
        .map(|(_, precomposed)| precomposed)
}

/// The nearest GSM-7 letter to a Latin letter with a diacritic GSM-7 lacks.
fn nearest_gsm7(c: char) -> char {
    match c {
        // Turkish letters stay as they are: Turkish text goes UCS-2.
        'ğ' | 'Ğ' | 'İ' | 'ş' | 'Ş' => c,
        'ő' => 'ö',
        'Ő' => 'Ö',
        'ű' => 'ü',
        'Ű' => 'Ü',
        'Ł' | 'Ŀ' => 'L',
        'ł' | 'ŀ' => 'l',
        'Đ' => 'D',
        'đ' => 'd',
        'Ħ' => 'H',
        'ħ' => 'h',
        'Ŧ' => 'T',
        'ŧ' => 't',
        _ if gsm7_septets(c).is_some() => c,
        _ => DIACRITICS
            .iter()
            .flat_map(|(_, letters)| pairs(letters))
            .find(|&(_, precomposed)| precomposed == c)
            .map_or(c, |(base, _)| base),
    }
}

/// A person's name as written into a GSM-7 message: every Latin letter with a diacritic
/// GSM-7 lacks becomes its nearest GSM-7 letter, Turkish ones included ("Ayşe" ->
/// "Ayse"), so one name never turns a whole French message into UCS-2. Names in other
/// scripts are left as they are.
pub fn gsm7_name(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'ğ' => 'g',
            'Ğ' => 'G',
            'ş' => 's',
            'Ş' => 'S',
            'ı' => 'i',
            'İ' => 'I',
            other => nearest_gsm7(other),
        })
        .collect()
}

/// What Carnet applies to every outgoing SMS, so that Latin-script text written with
/// typographic punctuation, odd spaces or foreign diacritics goes out as GSM-7.
///
/// Typographic quotes become `'` and `"`, Unicode spaces a plain space, zero-width
/// characters, bidi controls and soft hyphens disappear, `…` becomes `...`, dashes
/// and bullets `-`, `œ` `oe`, and letters with a diacritic GSM-7 lacks their nearest
/// GSM-7 letter (`ç`→`c`, `ă`→`a`, `ș`→`s`, `ő`→`ö`…); decomposed letters (`e` +
/// U+0301) are composed first. Turkish `ğ ı İ ş` (and so cedilla `ş`) are kept.
///
/// The rewrite is all or nothing: it is applied only when the whole result is GSM-7
/// and takes no more segments than the original. Otherwise the text is returned as
/// it was, since it goes out as UCS-2 anyway and any rewrite would only lose
/// something (`…`→`...` costs 2 more units, removing U+200D breaks emoji sequences,
/// U+200F and U+200C matter in Arabic and Persian). Hence GSM-7 text is returned
/// unchanged, the result never costs more segments, and `normalise` is idempotent.
pub fn normalise(text: &str) -> String {
    let rewritten = rewrite(text);
    let before = cost(text);
    let after = cost(&rewritten);
    if after.encoding == Encoding::Gsm7 && after.segments <= before.segments {
        rewritten
    } else {
        text.to_owned()
    }
}

/// The character-by-character rewrite behind [`normalise`]; it fixes every GSM-7
/// character, so it is idempotent on its own GSM-7 results.
fn rewrite(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(mut c) = chars.next() {
        while let Some(composed) = chars.peek().and_then(|&mark| compose(c, mark)) {
            c = composed;
            chars.next();
        }
        match c {
            '‘' | '’' | '‚' | '‛' | '′' | '‹' | '›' | '`' | '´' => out.push('\''),
            '“' | '”' | '„' | '‟' | '″' | '«' | '»' => out.push('"'),
            '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                out.push(' ');
            }
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\u{ad}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}' => {}
            '…' => out.push_str("..."),
            '\u{2010}'..='\u{2015}' | '−' | '•' => out.push('-'),
            'œ' => out.push_str("oe"),
            'Œ' => out.push_str("OE"),
            'ĳ' => out.push_str("ij"),
            'Ĳ' => out.push_str("IJ"),
            _ => out.push(nearest_gsm7(c)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_their_letters_where_gsm7_can_and_lose_only_missing_accents() {
        assert_eq!(gsm7_name("Ayşe"), "Ayse");
        assert_eq!(gsm7_name("Çağla Yılmaz"), "Çagla Yilmaz");
        assert_eq!(gsm7_name("Inès Łucja Ștefan"), "Inès Lucja Stefan");
        assert_eq!(gsm7_name("Léa"), "Léa");
        assert_eq!(gsm7_name("يasmine"), "يasmine");
        let sms = format!(
            "Carnet : absence de {} ce matin (réf. KXMA).",
            gsm7_name("Ayşe")
        );
        assert_eq!(cost(&sms).encoding, Encoding::Gsm7);
    }

    fn gsm(units: usize, segments: usize) -> SmsCost {
        SmsCost {
            encoding: Encoding::Gsm7,
            units,
            segments,
        }
    }

    fn ucs(units: usize, segments: usize) -> SmsCost {
        SmsCost {
            encoding: Encoding::Ucs2,
            units,
            segments,
        }
    }

    /// The default alphabet in code order, ESC (0x1B) included.
    const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u{1b}ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
        ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    const EXTENSION: &str = "\u{c}^{}\\[~]|€";

    #[test]
    fn alphabet_matches_the_standard_tables() {
        assert_eq!(BASIC.chars().count(), 128);
        for c in BASIC.chars().filter(|&c| c != '\u{1b}') {
            assert_eq!(gsm7_septets(c), Some(1), "{c:?}");
        }
        for c in EXTENSION.chars() {
            assert_eq!(gsm7_septets(c), Some(2), "{c:?}");
        }
        let all = || ('\0'..=char::MAX).filter_map(gsm7_septets);
        assert_eq!(all().filter(|&n| n == 1).count(), 127);
        assert_eq!(all().filter(|&n| n == 2).count(), 10);
    }

    #[test]
    fn empty_text_is_one_gsm7_segment_of_zero_units() {
        assert_eq!(cost(""), gsm(0, 1));
        assert_eq!(cost("").line(), "gsm7 0 1");
        assert_eq!(normalise(""), "");
    }

    #[test]
    fn gsm7_boundaries() {
        let a = |n| cost(&"a".repeat(n));
        assert_eq!(a(160), gsm(160, 1));
        assert_eq!(a(161), gsm(161, 2));
        assert_eq!(a(306), gsm(306, 2));
        assert_eq!(a(307), gsm(307, 3));
        assert_eq!(a(459), gsm(459, 3));
        assert_eq!(a(460), gsm(460, 4));
    }

    #[test]
    fn extension_chars_count_two_and_are_never_split() {
        assert_eq!(cost("€"), gsm(2, 1));
        assert_eq!(cost("[€]").line(), "gsm7 6 1");
        assert_eq!(cost(&"€".repeat(80)), gsm(160, 1));
        assert_eq!(cost(&"€".repeat(81)), gsm(162, 2)); // 76 per part
        // Septets 153–154 would straddle parts 1 and 2: € moves whole to part 2.
        let straddling = format!("{}€{}", "a".repeat(152), "a".repeat(152));
        assert_eq!(cost(&straddling), gsm(306, 3));
        let fitting = format!("{}€{}", "a".repeat(151), "a".repeat(153));
        assert_eq!(cost(&fitting), gsm(306, 2));
    }

    #[test]
    fn ucs2_boundaries_and_surrogate_pairs() {
        let cyr = |n| cost(&"ж".repeat(n));
        assert_eq!(cyr(70), ucs(70, 1));
        assert_eq!(cyr(71), ucs(71, 2));
        assert_eq!(cyr(134), ucs(134, 2));
        assert_eq!(cyr(135), ucs(135, 3));
        assert_eq!(cost("😀").line(), "ucs2 2 1");
        assert_eq!(cost(&"😀".repeat(35)), ucs(70, 1));
        // Units 67–68 would split the pair: the emoji moves whole to part 2.
        let straddling = format!("{}😀{}", "ж".repeat(66), "ж".repeat(66));
        assert_eq!(cost(&straddling), ucs(134, 3));
        let fitting = format!("{}😀{}", "ж".repeat(65), "ж".repeat(67));
        assert_eq!(cost(&fitting), ucs(134, 2));
    }

    #[test]
    fn french_typography_becomes_gsm7() {
        let text = "L’école «\u{a0}Jean Moulin\u{a0}» ferme à 16\u{202f}h\u{2009}30 – merci…";
        assert_eq!(cost(text).encoding, Encoding::Ucs2);
        let sent = normalise(text);
        assert_eq!(sent, "L'école \" Jean Moulin \" ferme à 16 h 30 - merci...");
        assert_eq!(cost(&sent), gsm(50, 1));
        assert_eq!(
            normalise("Leçon d’œuvre ; Ça\u{200b}va • Noël"),
            "Lecon d'oeuvre ; Çava - Noel"
        );
        assert_eq!(normalise("e\u{301}cole, c\u{327}a"), "école, ca");
    }

    #[test]
    fn romanian_becomes_gsm7_but_cedilla_s_is_kept() {
        assert_eq!(normalise("Bună ziua, școală"), "Buna ziua, scoala");
        assert_eq!(cost(&normalise("Bună ziua, școală")), gsm(17, 1));
        assert_eq!(normalise("ȘTIINȚĂ, ţară, Ţ"), "STIINTA, tara, T");
        assert_eq!(normalise("şcoală"), "şcoală");
    }

    #[test]
    fn other_scripts_stay_ucs2_and_untouched() {
        for (text, units) in [
            ("مرحبا بكم", 9),
            ("Доброго дня, батьки!", 20),
            ("«\u{a0}Привіт\u{a0}»…", 11),
            ("Günaydın, Şule", 14),
            ("Merci… 😀", 9),
            ("👨\u{200d}👩\u{200d}👧", 8),
        ] {
            assert_eq!(normalise(text), text);
            assert_eq!(cost(text), ucs(units, 1), "{text}");
        }
    }

    #[test]
    fn normalise_never_costs_more_segments() {
        let text = format!("’{}", "…".repeat(69));
        assert_eq!(cost(&text), ucs(70, 1));
        assert_eq!(normalise(&text), text); // as GSM-7 it would be 208 septets, 2 parts
    }

    #[test]
    fn gsm7_text_is_left_alone() {
        let all: String = BASIC
            .chars()
            .chain(EXTENSION.chars())
            .filter(|&c| c != '\u{1b}')
            .collect();
        assert_eq!(rewrite(&all), all);
        for text in [all.as_str(), "Bonjour, réunion à 18h ! {x} [y] ~ 10€"] {
            assert_eq!(normalise(text), text);
            assert!(cost(&normalise(text)).units <= cost(text).units);
        }
    }

    #[test]
    fn normalise_is_idempotent() {
        for text in [
            "",
            "L’école «\u{a0}ouvre\u{a0}» – œuvre…",
            "Bună ziua, școală",
            "Ő\u{301}s, e\u{301}\u{301}, I\u{307}zmir, ğ",
            "Günaydın",
            "مرحبا\u{200f} ’x’",
            "Привіт, батьки",
            "Ça\u{feff}va 😀…",
            "Łódź, Đorđe, Ĳssel",
        ] {
            let once = normalise(text);
            assert_eq!(normalise(&once), once, "{text}");
        }
    }
}
