//! The CSV import format: decoding, column mapping, and one typed record per valid row.

use std::collections::HashMap;

use super::locale::Locale;
use super::phone::PhoneNumber;
use super::uai::Uai;

/// Columns of the import file; the header names them, in any order and case.
pub const REQUIRED_COLUMNS: [&str; 5] = ["uai", "classe", "eleve_id", "eleve_nom", "eleve_prenom"];
pub const OPTIONAL_COLUMNS: [&str; 10] = [
    "etablissement",
    "resp_id",
    "resp_nom",
    "resp_prenom",
    "resp_lien",
    "resp_legal",
    "resp_notifie",
    "tel_portable",
    "tel_fixe",
    "langue",
];
const MAX_FIELD_CHARS: usize = 120;

/// One pupil, possibly with one guardian, as a row of the file gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    pub line: u64,
    pub uai: Uai,
    pub establishment_name: Option<String>,
    pub class_name: String,
    pub pupil_id: String,
    pub pupil_last_name: String,
    pub pupil_first_name: String,
    pub guardian: Option<GuardianRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuardianRow {
    pub external_id: String,
    pub last_name: String,
    pub first_name: String,
    pub relationship: Option<String>,
    pub legal: bool,
    pub receives_notices: bool,
    pub mobile: Option<PhoneNumber>,
    pub landline: Option<PhoneNumber>,
    pub home_language: Option<Locale>,
}

/// Why a row, or the whole file, was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    NotText,
    Unreadable(String),
    MissingColumn(&'static str),
    Missing(&'static str),
    TooLong(&'static str),
    ControlCharacter(&'static str),
    BadUai(String),
    BadPhone(&'static str, String),
    UnknownLanguage(String),
    BadYesNo(&'static str, String),
    Conflict(&'static str, u64),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// 0 for a problem with the whole file, else the line in the file (header is 1).
    pub line: u64,
    pub problem: RowProblem,
}

/// Decodes UTF-8 (with or without BOM), else ISO-8859-15 as SIECLE and ONDE export it.
pub fn decode_text(bytes: &[u8]) -> Result<String, RowProblem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(RowProblem::NotText);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(_) => Ok(bytes.iter().map(|&b| latin9_char(b)).collect()),
    }
}

/// ISO-8859-15 is Latin-1 with eight code points replaced (the euro sign among them).
fn latin9_char(byte: u8) -> char {
    match byte {
        0xA4 => '€',
        0xA6 => 'Š',
        0xA8 => 'š',
        0xB4 => 'Ž',
        0xB8 => 'ž',
        0xBC => 'Œ',
        0xBD => 'œ',
        0xBE => 'Ÿ',
        other => char::from(other),
    }
}

/// The separator the header line uses most: semicolon (French exports) or comma.
pub fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    if header.matches(';').count() >= header.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// Parses the whole file; `progress` is called with the number of rows read so far.
pub fn parse_file(text: &str, mut progress: impl FnMut(u64)) -> (Vec<ImportRow>, Vec<RowError>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(text))
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let file_error = |problem| (Vec::new(), vec![RowError { line: 0, problem }]);
    let columns = match reader.headers() {
        Ok(headers) => Columns::new(headers),
        Err(e) => return file_error(RowProblem::Unreadable(e.to_string())),
    };
    if let Some(missing) = REQUIRED_COLUMNS
        .iter()
        .find(|c| !columns.index.contains_key(**c))
    {
        return file_error(RowProblem::MissingColumn(missing));
    }
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut seen = Consistency::default();
    for (count, record) in reader.records().enumerate() {
        progress(count as u64 + 1);
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                errors.push(RowError {
                    line,
                    problem: RowProblem::Unreadable(e.to_string()),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(str::is_empty) {
            continue;
        }
        let parsed = columns.row(&record, line).and_then(|row| seen.check(row));
        match parsed {
            Ok(row) => rows.push(row),
            Err(problem) => errors.push(RowError { line, problem }),
        }
    }
    (rows, errors)
}

struct Columns {
    index: HashMap<String, usize>,
}

impl Columns {
    fn new(headers: &csv::StringRecord) -> Self {
        let index = headers
            .iter()
            .enumerate()
            .map(|(i, name)| (name.trim().to_lowercase(), i))
            .collect();
        Self { index }
    }

    fn text(
        &self,
        record: &csv::StringRecord,
        column: &'static str,
    ) -> Result<Option<String>, RowProblem> {
        let value = self
            .index
            .get(column)
            .and_then(|&i| record.get(i))
            .unwrap_or("")
            .trim();
        if value.chars().count() > MAX_FIELD_CHARS {
            return Err(RowProblem::TooLong(column));
        }
        if value.chars().any(char::is_control) {
            return Err(RowProblem::ControlCharacter(column));
        }
        Ok((!value.is_empty()).then(|| value.to_string()))
    }

    fn required(
        &self,
        record: &csv::StringRecord,
        column: &'static str,
    ) -> Result<String, RowProblem> {
        self.text(record, column)?
            .ok_or(RowProblem::Missing(column))
    }

    fn phone(
        &self,
        record: &csv::StringRecord,
        column: &'static str,
    ) -> Result<Option<PhoneNumber>, RowProblem> {
        self.text(record, column)?
            .map(|v| PhoneNumber::parse(&v).map_err(|_| RowProblem::BadPhone(column, v)))
            .transpose()
    }

    fn yes_no(
        &self,
        record: &csv::StringRecord,
        column: &'static str,
        default: bool,
    ) -> Result<bool, RowProblem> {
        match self.text(record, column)?.map(|v| v.to_lowercase()) {
            None => Ok(default),
            Some(v) => match v.as_str() {
                "1" | "oui" | "o" | "yes" | "y" | "vrai" | "true" => Ok(true),
                "0" | "non" | "n" | "no" | "faux" | "false" => Ok(false),
                _ => Err(RowProblem::BadYesNo(column, v)),
            },
        }
    }

    fn row(&self, record: &csv::StringRecord, line: u64) -> Result<ImportRow, RowProblem> {
        let uai_text = self.required(record, "uai")?;
        let uai = Uai::parse(&uai_text).map_err(|_| RowProblem::BadUai(uai_text))?;
        let guardian = match self.text(record, "resp_id")? {
            None => None,
            Some(external_id) => {
                let legal = self.yes_no(record, "resp_legal", true)?;
                Some(GuardianRow {
                    external_id,
                    last_name: self.required(record, "resp_nom")?,
                    first_name: self.required(record, "resp_prenom")?,
                    relationship: self.text(record, "resp_lien")?,
                    legal,
                    receives_notices: self.yes_no(record, "resp_notifie", legal)?,
                    mobile: self.phone(record, "tel_portable")?,
                    landline: self.phone(record, "tel_fixe")?,
                    home_language: self
                        .text(record, "langue")?
                        .map(|v| Locale::parse(&v).ok_or(RowProblem::UnknownLanguage(v)))
                        .transpose()?,
                })
            }
        };
        Ok(ImportRow {
            line,
            uai,
            establishment_name: self.text(record, "etablissement")?,
            class_name: self.required(record, "classe")?,
            pupil_id: self.required(record, "eleve_id")?,
            pupil_last_name: self.required(record, "eleve_nom")?,
            pupil_first_name: self.required(record, "eleve_prenom")?,
            guardian,
        })
    }
}

/// A pupil or guardian repeated on several rows must be described the same way each time.
#[derive(Default)]
struct Consistency {
    pupils: HashMap<(String, String), (u64, ImportRow)>,
    guardians: HashMap<(String, String), (u64, GuardianRow)>,
}

impl Consistency {
    fn check(&mut self, row: ImportRow) -> Result<ImportRow, RowProblem> {
        let pupil_key = (row.uai.to_string(), row.pupil_id.clone());
        if let Some((first_line, first)) = self.pupils.get(&pupil_key) {
            let same = first.class_name == row.class_name
                && first.pupil_last_name == row.pupil_last_name
                && first.pupil_first_name == row.pupil_first_name;
            if !same {
                return Err(RowProblem::Conflict("eleve_id", *first_line));
            }
        }
        if let Some(guardian) = &row.guardian {
            let key = (row.uai.to_string(), guardian.external_id.clone());
            if let Some((first_line, first)) = self.guardians.get(&key) {
                let same = first.last_name == guardian.last_name
                    && first.first_name == guardian.first_name
                    && first.mobile == guardian.mobile
                    && first.landline == guardian.landline
                    && first.home_language == guardian.home_language;
                if !same {
                    return Err(RowProblem::Conflict("resp_id", *first_line));
                }
            }
            self.guardians
                .entry(key)
                .or_insert_with(|| (row.line, guardian.clone()));
        }
        self.pupils
            .entry(pupil_key)
            .or_insert_with(|| (row.line, row.clone()));
        Ok(row)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "uai;classe;eleve_id;eleve_nom;eleve_prenom;resp_id;resp_nom;resp_prenom;tel_portable;langue";

    fn parse(text: &str) -> (Vec<ImportRow>, Vec<RowError>) {
        parse_file(text, |_| {})
    }

    #[test]
    fn reads_a_semicolon_file_with_a_guardian() {
        let text =
            format!("{HEADER}\n0750654D;6A;E1;Haddad;Yasmine;R1;Haddad;Karim;06 12 34 56 78;ar\n");
        let (rows, errors) = parse(&text);
        assert!(errors.is_empty(), "{errors:?}");
        let guardian = rows[0].guardian.as_ref().unwrap();
        assert_eq!(guardian.mobile.as_ref().unwrap().as_str(), "+33612345678");
        assert_eq!(guardian.home_language, Some(Locale::Ar));
        assert!(guardian.legal && guardian.receives_notices);
        assert_eq!(rows[0].line, 2);
    }

    #[test]
    fn reads_commas_and_latin9() {
        let mut bytes = b"uai,classe,eleve_id,eleve_nom,eleve_prenom\n0750654D,6A,E1,L".to_vec();
        bytes.extend([0xE9, b'v', b'y', b',', b'Z', 0xF6, b'e', 0xBD, b'\n']);
        let text = decode_text(&bytes).unwrap();
        assert_eq!(sniff_delimiter(&text), b',');
        let (rows, errors) = parse(&text);
        assert!(errors.is_empty());
        assert_eq!(rows[0].pupil_last_name, "Lévy");
        assert_eq!(rows[0].pupil_first_name, "Zöeœ");
    }

    #[test]
    fn reports_each_bad_row_with_its_line() {
        let text = format!(
            "{HEADER}\n0750654D;6A;E1;A;B;;;;;\n0750654X;6A;E2;A;B;;;;;\n0750654D;6A;E3;;B;;;;;\n0750654D;6A;E4;A;B;R1;P;Q;12;\n0750654D;6A;E5;A;B;R2;P;Q;;klingon\n0750654D;6B;E1;A;B;;;;;\n"
        );
        let (_, errors) = parse(&text);
        let found: Vec<_> = errors.iter().map(|e| (e.line, e.problem.clone())).collect();
        assert_eq!(
            found,
            vec![
                (3, RowProblem::BadUai("0750654X".into())),
                (4, RowProblem::Missing("eleve_nom")),
                (5, RowProblem::BadPhone("tel_portable", "12".into())),
                (6, RowProblem::UnknownLanguage("klingon".into())),
                (7, RowProblem::Conflict("eleve_id", 2)),
            ]
        );
    }

    #[test]
    fn rejects_files_that_are_not_the_format() {
        assert_eq!(
            parse("nom;prenom\nA;B\n").1[0].problem,
            RowProblem::MissingColumn("uai")
        );
        assert_eq!(decode_text(b"\x00\x01binary"), Err(RowProblem::NotText));
        let long = format!("{HEADER}\n0750654D;6A;E1;{};B;;;;;\n", "x".repeat(500));
        assert_eq!(parse(&long).1[0].problem, RowProblem::TooLong("eleve_nom"));
    }
}
