//! The `carnet` binary: migrations and the CSV import, run as an administrator would.

use std::path::Path;
use std::process::{Command, Output};

fn carnet(args: &[&str], db: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_carnet"))
        .args(args)
        .env("CARNET_DB", db)
        .env("CARNET_LANG", "fr")
        .env("RUST_LOG", "warn")
        .output()
        .expect("carnet runs")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn count(db: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(db)
        .expect("db")
        .query_row(sql, [], |r| r.get(0))
        .expect(sql)
}

const HEADER: &str = "uai;etablissement;classe;eleve_id;eleve_nom;eleve_prenom;resp_id;resp_nom;resp_prenom;resp_lien;resp_legal;resp_notifie;tel_portable;tel_fixe;langue";

fn school_file() -> String {
    [
        HEADER,
        "0750654D;Collège Test;6e A;E1;Haddad;Yasmine;R1;Haddad;Karima;mère;1;1;06 39 98 50 01;;ar",
        "0750654D;Collège Test;6e A;E1;Haddad;Yasmine;R2;Haddad;Youssef;père;oui;oui;06 39 98 50 02;;ar",
        "0750654D;Collège Test;5e B;E2;Haddad;Adam;R1;Haddad;Karima;mère;1;1;06 39 98 50 01;;ar",
        "0750654D;Collège Test;5e B;E3;Martin;Léa;R3;Martin;Claire;mère;1;1;06 39 98 50 03;01 99 00 50 03;",
        "0750654D;Collège Test;5e B;E4;Moreau;Manon;R4;Moreau;Gérard;tuteur;1;0;;;",
        "0750654D;Collège Test;5e B;E5;Seul;Sans;;;;;;;;;",
    ]
    .join("\n")
}

#[test]
fn migrate_brings_a_new_file_to_the_latest_version_once() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("m.db");
    let first = carnet(&["migrate"], &db);
    assert!(first.status.success(), "{}", text(&first));
    let latest = carnet::store::latest_version();
    assert!(
        text(&first).contains(&format!("0 -> {latest}")),
        "{}",
        text(&first)
    );
    let second = carnet(&["migrate"], &db);
    assert!(text(&second).contains(&format!("{latest} -> {latest}")));
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('establishments', 'guardians', 'outbox', 'audit_log')"
        ),
        4
    );
}

#[test]
fn import_loads_a_file_and_a_second_run_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("i.db");
    let file = dir.path().join("eleves.csv");
    std::fs::write(&file, school_file()).expect("write");
    let first = carnet(&["import", "csv", file.to_str().expect("path")], &db);
    assert!(first.status.success(), "{}", text(&first));
    assert!(
        text(&first).contains("Élèves créés : 5"),
        "{}",
        text(&first)
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM pupils"), 5);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM guardians"), 4);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM guardian_pupils"), 5);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM guardians WHERE home_language = 'ar'"
        ),
        2
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM guardian_pupils WHERE receives_notices = 0"
        ),
        1
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM guardians WHERE landline = '+33199005003'"
        ),
        1
    );
    let again = carnet(&["import", "csv", file.to_str().expect("path")], &db);
    assert!(
        text(&again).contains("Aucun changement"),
        "{}",
        text(&again)
    );
}

#[test]
fn reimporting_an_updated_file_keeps_the_familys_own_choices() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("u.db");
    let file = dir.path().join("eleves.csv");
    std::fs::write(&file, school_file()).expect("write");
    assert!(
        carnet(&["import", "csv", file.to_str().expect("path")], &db)
            .status
            .success()
    );
    rusqlite::Connection::open(&db)
        .expect("db")
        .execute("UPDATE guardians SET chosen_language = 'fr', channel_sms = 0, quiet_start = 1260 WHERE external_id = 'R1'", [])
        .expect("family choice");
    let updated = school_file()
        .replace("06 39 98 50 01", "07 39 98 50 01")
        .replace("5e B;E2", "4e C;E2");
    std::fs::write(&file, updated).expect("write");
    let dry = carnet(
        &["import", "csv", "--dry-run", file.to_str().expect("path")],
        &db,
    );
    assert!(
        text(&dry).contains("Élèves créés : 0, modifiés : 1") && text(&dry).contains("Essai"),
        "{}",
        text(&dry)
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM guardians WHERE mobile = '+33739985001'"
        ),
        0,
        "dry run writes nothing"
    );
    let real = carnet(&["import", "csv", file.to_str().expect("path")], &db);
    assert!(real.status.success(), "{}", text(&real));
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM guardians WHERE mobile = '+33739985001' AND chosen_language = 'fr' AND channel_sms = 0 AND quiet_start = 1260"
        ),
        1
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM pupils p JOIN classes c ON c.id = p.class_id WHERE p.external_id = 'E2' AND c.name = '4e C'"
        ),
        1
    );
}

#[test]
fn a_file_with_bad_rows_is_refused_whole_with_each_line_explained() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("b.db");
    let file = dir.path().join("bad.csv");
    let bad = [
        school_file().as_str(),
        "0750654X;Collège Test;6e A;E9;A;B;;;;;;;;;",
        "0750654D;Collège Test;6e A;E10;;B;;;;;;;;;",
        "0750654D;Collège Test;6e A;E11;A;B;R9;Nom;Prénom;mère;peut-être;;;;",
        "0750654D;Collège Test;6e A;E12;A;B;R8;Nom;Prénom;mère;1;1;06 12;;",
        "0750654D;Collège Test;6e A;E13;A;B;R7;Nom;Prénom;mère;1;1;;;klingon",
        "0750654D;Collège Test;6e B;E1;Haddad;Yasmine;;;;;;;;;",
    ]
    .join("\n");
    std::fs::write(&file, bad).expect("write");
    let output = carnet(&["import", "csv", file.to_str().expect("path")], &db);
    assert!(!output.status.success());
    let said = text(&output);
    for expected in [
        "ligne 8 : le code UAI « 0750654X » n'est pas valide",
        "ligne 9 : « eleve_nom » est vide",
        "ligne 10 : « peut-être » dans « resp_legal »",
        "ligne 11 : le numéro « 06 12 » de « tel_portable » n'est pas valide",
        "ligne 12 : la langue « klingon » n'est pas connue",
        "ligne 13 : « eleve_id » est décrit autrement à la ligne 2",
        "6 lignes refusées : rien n'a été importé.",
    ] {
        assert!(said.contains(expected), "missing {expected:?} in:\n{said}");
    }
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'pupils'"
        ),
        0,
        "database untouched"
    );
}

#[test]
fn latin9_comma_files_from_older_exports_are_read() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("l.db");
    let file = dir.path().join("siecle.csv");
    let mut bytes =
        b"UAI,Classe,Eleve_Id,Eleve_Nom,Eleve_Prenom,Resp_Id,Resp_Nom,Resp_Prenom,Tel_Portable\n"
            .to_vec();
    bytes.extend(b"0750654D,6e A,E1,L");
    bytes.push(0xE9);
    bytes.extend(b"vy,Zo");
    bytes.push(0xE9);
    bytes.extend(b",R1,C");
    bytes.push(0xBD);
    bytes.extend(b"ur,Marie,06 39 98 50 09\n");
    std::fs::write(&file, bytes).expect("write");
    let output = carnet(&["import", "csv", file.to_str().expect("path")], &db);
    assert!(output.status.success(), "{}", text(&output));
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM pupils WHERE last_name = 'Lévy' AND first_name = 'Zoé'"
        ),
        1
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM guardians WHERE last_name = 'Cœur'"
        ),
        1
    );
}

#[test]
fn files_that_are_not_the_format_are_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("n.db");
    let binary = dir.path().join("photo.csv");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 1]).expect("write");
    let output = carnet(&["import", "csv", binary.to_str().expect("path")], &db);
    assert!(
        !output.status.success() && text(&output).contains("pas un fichier texte"),
        "{}",
        text(&output)
    );
    let wrong = dir.path().join("other.csv");
    std::fs::write(&wrong, "nom;prénom\nA;B\n").expect("write");
    let output = carnet(&["import", "csv", wrong.to_str().expect("path")], &db);
    assert!(
        text(&output).contains("la colonne « uai » manque"),
        "{}",
        text(&output)
    );
    let missing = carnet(
        &[
            "import",
            "csv",
            dir.path().join("absent.csv").to_str().expect("path"),
        ],
        &db,
    );
    assert!(!missing.status.success());
}

#[test]
fn sms_cost_prints_encoding_units_and_segments_per_line() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .args(["sms-cost"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("carnet runs");
    let lines = format!(
        "Absence de Léa ce matin.\n{}\nPrix : 5 €\nمرحبا\n’\n",
        "a".repeat(161)
    );
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(lines.as_bytes())
        .expect("write");
    let output = child.wait_with_output().expect("output");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "gsm7 24 1\ngsm7 161 2\ngsm7 11 1\nucs2 5 1\nucs2 1 1\n"
    );
    let mut normalised = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .args(["sms-cost", "--normalise"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("carnet runs");
    normalised
        .stdin
        .take()
        .expect("stdin")
        .write_all("L’absence…\n".as_bytes())
        .expect("write");
    assert_eq!(
        String::from_utf8_lossy(&normalised.wait_with_output().expect("output").stdout),
        "gsm7 12 1\n"
    );
}

#[test]
fn check_flows_passes_on_the_shipped_flows() {
    let output = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .arg("check-flows")
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains("states"));
}
