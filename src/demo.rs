//! The demo establishment: a collège with four classes, sixty pupils, varied families, staff.

use rusqlite::Connection;

use crate::domain::csv_import::{GuardianRow, ImportRow};
use crate::domain::locale::Locale;
use crate::domain::password::hash_password;
use crate::domain::phone::PhoneNumber;
use crate::domain::role::Role;
use crate::domain::uai::Uai;
use crate::store::{self, StoreError, StoreResult, import, schools, staff};

pub const DEMO_PASSWORD: &str = "carnet-demo";
/// The phone-menu PIN of the demo families who have one (the landline family among them).
pub const DEMO_PIN: &str = "2580";
pub const DEMO_SCHOOL: &str = "Collège Lucie-Aubrac (démonstration)";
const CLASSES: [&str; 4] = ["6e A", "5e B", "4e C", "3e D"];

/// (username, display name, role) of the demo staff.
pub const STAFF: [(&str, &str, Role); 4] = [
    ("direction", "Hélène Carpentier", Role::Head),
    ("cpe", "Karim Belkacem", Role::VieScolaire),
    ("prof", "Julie Marchand", Role::Teacher),
    ("mediateur", "Aïcha Benyahia", Role::Mediator),
];

/// A demo family: surname, home language, guardians (first name, relationship, phone
/// kind), children's first names. Phones come from ARCEP's range reserved for fiction.
struct Family {
    surname: &'static str,
    language: Option<Locale>,
    guardians: &'static [(&'static str, &'static str, Phone)],
    children: &'static [&'static str],
}

#[derive(Clone, Copy)]
enum Phone {
    Mobile,
    Landline,
    None,
}

use Phone::{Landline, Mobile, None as NoPhone};

const FAMILIES: &[Family] = &[
    Family {
        surname: "Martin",
        language: Some(Locale::Fr),
        guardians: &[("Claire", "mère", Mobile), ("Paul", "père", Mobile)],
        children: &["Léa", "Hugo"],
    },
    Family {
        surname: "Haddad",
        language: Some(Locale::Ar),
        guardians: &[("Karima", "mère", Mobile), ("Youssef", "père", Mobile)],
        children: &["Yasmine", "Adam", "Inès"],
    },
    Family {
        surname: "Benali",
        language: Some(Locale::Ar),
        guardians: &[("Fatima", "mère", Landline)],
        children: &["Rayan"],
    },
    Family {
        surname: "Kovalenko",
        language: Some(Locale::Uk),
        guardians: &[("Olena", "mère", Mobile)],
        children: &["Sofiia", "Maksym"],
    },
    Family {
        surname: "Silva",
        language: Some(Locale::Pt),
        guardians: &[("Ana", "mère", Mobile), ("João", "père", Mobile)],
        children: &["Tiago"],
    },
    Family {
        surname: "Yılmaz",
        language: Some(Locale::Tr),
        guardians: &[("Ayşe", "mère", Mobile), ("Mehmet", "père", NoPhone)],
        children: &["Elif", "Emre"],
    },
    Family {
        surname: "Dubois",
        language: Some(Locale::Fr),
        guardians: &[("Nathalie", "mère", Mobile)],
        children: &["Louis"],
    },
    Family {
        surname: "Moreau",
        language: None,
        guardians: &[("Gérard", "grand-père, tuteur", NoPhone)],
        children: &["Manon"],
    },
    Family {
        surname: "El Amrani",
        language: Some(Locale::Ar),
        guardians: &[("Nadia", "mère", Mobile)],
        children: &["Sami"],
    },
    Family {
        surname: "Shevchenko",
        language: Some(Locale::Uk),
        guardians: &[("Iryna", "mère", Mobile), ("Andrii", "père", Mobile)],
        children: &["Daryna"],
    },
    Family {
        surname: "Ferreira",
        language: Some(Locale::Pt),
        guardians: &[("Rosa", "mère", Landline)],
        children: &["Miguel", "Beatriz"],
    },
    Family {
        surname: "Kaya",
        language: Some(Locale::Tr),
        guardians: &[("Zeynep", "mère", Mobile)],
        children: &["Can"],
    },
    Family {
        surname: "Bernard",
        language: Some(Locale::Fr),
        guardians: &[("Sandrine", "mère", Mobile), ("Éric", "père", Mobile)],
        children: &["Chloé"],
    },
    Family {
        surname: "Mansouri",
        language: Some(Locale::Ar),
        guardians: &[("Samira", "mère", Mobile), ("Rachid", "père", NoPhone)],
        children: &["Nour", "Ilyes"],
    },
    Family {
        surname: "Bondarenko",
        language: Some(Locale::Uk),
        guardians: &[("Tetiana", "mère", Mobile)],
        children: &["Artem"],
    },
    Family {
        surname: "Pereira",
        language: Some(Locale::Pt),
        guardians: &[("Carla", "mère", Mobile)],
        children: &["Inês"],
    },
    Family {
        surname: "Demir",
        language: Some(Locale::Tr),
        guardians: &[("Fatma", "mère", Mobile), ("Ali", "père", Mobile)],
        children: &["Yusuf", "Zehra"],
    },
    Family {
        surname: "Durand",
        language: Some(Locale::Fr),
        guardians: &[("Isabelle", "mère", Mobile)],
        children: &["Jules"],
    },
    Family {
        surname: "Bouzid",
        language: Some(Locale::Ar),
        guardians: &[("Leïla", "mère", Mobile)],
        children: &["Amine"],
    },
    Family {
        surname: "Lefebvre",
        language: Some(Locale::Fr),
        guardians: &[("Céline", "mère", Mobile), ("Marc", "père", Mobile)],
        children: &["Zoé", "Nathan"],
    },
    Family {
        surname: "Tkachenko",
        language: Some(Locale::Uk),
        guardians: &[("Oksana", "mère", Mobile)],
        children: &["Yeva"],
    },
    Family {
        surname: "Santos",
        language: Some(Locale::Pt),
        guardians: &[("Maria", "mère", Mobile), ("Rui", "père", Mobile)],
        children: &["Diogo"],
    },
    Family {
        surname: "Şahin",
        language: Some(Locale::Tr),
        guardians: &[("Emine", "mère", Mobile)],
        children: &["Kerem"],
    },
    Family {
        surname: "Garcia",
        language: Some(Locale::Fr),
        guardians: &[("Laura", "mère", Mobile)],
        children: &["Lucas", "Emma"],
    },
    Family {
        surname: "Chaoui",
        language: Some(Locale::Ar),
        guardians: &[("Khadija", "mère", Mobile), ("Omar", "père", Mobile)],
        children: &["Lina"],
    },
    Family {
        surname: "Roux",
        language: Some(Locale::Fr),
        guardians: &[("Sophie", "mère", Mobile)],
        children: &["Gabriel"],
    },
    Family {
        surname: "Diallo",
        language: None,
        guardians: &[("Aminata", "mère", Mobile)],
        children: &["Moussa", "Awa"],
    },
    Family {
        surname: "Nguyen",
        language: Some(Locale::Fr),
        guardians: &[("Linh", "mère", Mobile)],
        children: &["Thomas"],
    },
    Family {
        surname: "Popescu",
        language: Some(Locale::Ro),
        guardians: &[("Elena", "mère", Mobile)],
        children: &["Andrei"],
    },
    Family {
        surname: "Fontaine",
        language: Some(Locale::Fr),
        guardians: &[("Aurélie", "mère", Mobile)],
        children: &["Camille"],
    },
    Family {
        surname: "Benaïssa",
        language: Some(Locale::Ar),
        guardians: &[("Houria", "mère", Mobile)],
        children: &["Walid", "Salma"],
    },
    Family {
        surname: "Oliveira",
        language: Some(Locale::Pt),
        guardians: &[("Paula", "mère", Mobile)],
        children: &["Rafael"],
    },
    Family {
        surname: "Çelik",
        language: Some(Locale::Tr),
        guardians: &[("Hatice", "mère", Mobile)],
        children: &["Ahmet"],
    },
    Family {
        surname: "Girard",
        language: Some(Locale::Fr),
        guardians: &[("Valérie", "mère", Mobile)],
        children: &["Arthur", "Alice"],
    },
    Family {
        surname: "Melnyk",
        language: Some(Locale::Uk),
        guardians: &[("Nataliia", "mère", Mobile)],
        children: &["Bohdan"],
    },
    Family {
        surname: "Lopez",
        language: Some(Locale::Es),
        guardians: &[("Carmen", "mère", Mobile)],
        children: &["Pablo"],
    },
    Family {
        surname: "Mercier",
        language: Some(Locale::Fr),
        guardians: &[("Anne", "mère", Mobile)],
        children: &["Louise", "Raphaël"],
    },
    Family {
        surname: "Traoré",
        language: None,
        guardians: &[("Mariam", "mère", Mobile), ("Ibrahim", "père", Mobile)],
        children: &["Fatou"],
    },
    Family {
        surname: "Amrani",
        language: Some(Locale::Ar),
        guardians: &[("Malika", "mère", Mobile)],
        children: &["Bilal"],
    },
    Family {
        surname: "Costa",
        language: Some(Locale::Pt),
        guardians: &[("Sónia", "mère", Mobile)],
        children: &["Leonor"],
    },
    Family {
        surname: "Aydın",
        language: Some(Locale::Tr),
        guardians: &[("Elif", "mère", Mobile)],
        children: &["Mert", "Ece"],
    },
    Family {
        surname: "Blanc",
        language: Some(Locale::Fr),
        guardians: &[("Marion", "mère", Mobile)],
        children: &["Adèle"],
    },
    Family {
        surname: "Rousseau",
        language: Some(Locale::En),
        guardians: &[("Sarah", "mère", Mobile)],
        children: &["Oscar"],
    },
    Family {
        surname: "Boyer",
        language: Some(Locale::Fr),
        guardians: &[("Julien", "père", Mobile)],
        children: &["Mila"],
    },
    Family {
        surname: "Lambert",
        language: Some(Locale::Fr),
        guardians: &[("Émilie", "mère", Mobile)],
        children: &["Rose", "Tom"],
    },
    Family {
        surname: "Ramos",
        language: Some(Locale::Es),
        guardians: &[("Lucía", "mère", Mobile)],
        children: &["Mateo"],
    },
];

/// The separated parents: one child, two households, each with legal responsibility.
const SEPARATED: (&str, [(&str, &str); 2]) =
    ("Petit", [("Laurent", "père"), ("Stéphanie", "mère")]);
const SEPARATED_CHILD: &str = "Noah";

fn phone(kind: Phone, serial: &mut u32) -> (Option<PhoneNumber>, Option<PhoneNumber>) {
    *serial += 1;
    let mobile = || {
        PhoneNumber::parse(&format!(
            "06 39 98 {:02} {:02}",
            *serial / 100,
            *serial % 100
        ))
        .ok()
    };
    let landline = || {
        PhoneNumber::parse(&format!(
            "01 99 00 {:02} {:02}",
            *serial / 100,
            *serial % 100
        ))
        .ok()
    };
    match kind {
        Mobile => (mobile(), None),
        Landline => (None, landline()),
        NoPhone => (None, None),
    }
}

/// The rows the demo imports, built the way a real export would describe the families.
pub fn rows() -> Vec<ImportRow> {
    let uai = demo_uai();
    let mut rows = Vec::new();
    let mut pupil_serial = 0usize;
    let mut phone_serial = 0u32;
    let mut next_pupil =
        |rows: &mut Vec<ImportRow>, last: &str, first: &str, guardians: &[GuardianRow]| {
            pupil_serial += 1;
            let class_name = CLASSES[(pupil_serial - 1) % CLASSES.len()].to_string();
            for guardian in guardians {
                rows.push(ImportRow {
                    line: 0,
                    uai: uai.clone(),
                    establishment_name: Some(DEMO_SCHOOL.to_string()),
                    class_name: class_name.clone(),
                    pupil_id: format!("E{pupil_serial:03}"),
                    pupil_last_name: last.to_string(),
                    pupil_first_name: first.to_string(),
                    guardian: Some(guardian.clone()),
                });
            }
        };
    for (f, family) in FAMILIES.iter().enumerate() {
        let guardians: Vec<GuardianRow> = family
            .guardians
            .iter()
            .enumerate()
            .map(|(g, (first, relationship, kind))| {
                let (mobile, landline) = phone(*kind, &mut phone_serial);
                GuardianRow {
                    external_id: format!("R{f:02}{g}"),
                    last_name: family.surname.to_string(),
                    first_name: first.to_string(),
                    relationship: Some(relationship.to_string()),
                    legal: true,
                    receives_notices: true,
                    mobile,
                    landline,
                    home_language: family.language,
                }
            })
            .collect();
        for child in family.children {
            next_pupil(&mut rows, family.surname, child, &guardians);
        }
    }
    let (surname, parents) = SEPARATED;
    let guardians: Vec<GuardianRow> = parents
        .iter()
        .enumerate()
        .map(|(g, (first, relationship))| GuardianRow {
            external_id: format!("RS{g}"),
            last_name: surname.to_string(),
            first_name: first.to_string(),
            relationship: Some(relationship.to_string()),
            legal: true,
            receives_notices: true,
            mobile: phone(Mobile, &mut phone_serial).0,
            landline: None,
            home_language: Some(Locale::Fr),
        })
        .collect();
    next_pupil(&mut rows, surname, SEPARATED_CHILD, &guardians);
    rows
}

pub fn demo_uai() -> Uai {
    Uai::with_check_letter("0930123").expect("a seven-digit code always gets a letter")
}

/// Seeds the demo once; returns false when the database already holds it.
pub fn seed(conn: &mut Connection) -> StoreResult<bool> {
    if schools::establishment_id_by_uai(conn, demo_uai().as_str())?.is_some() {
        return Ok(false);
    }
    import::apply(conn, &rows(), false, |_| {})?;
    let establishment_id = schools::establishment_id_by_uai(conn, demo_uai().as_str())?
        .ok_or_else(|| StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows))?;
    let hash = hash_password(DEMO_PASSWORD).map_err(StoreError::Task)?;
    let pin_hash = hash_password(DEMO_PIN).map_err(StoreError::Task)?;
    store::write(conn, |tx| {
        for (username, name, role) in STAFF {
            staff::insert(tx, establishment_id, username, name, role, &hash)?;
        }
        // Needs the school records carry: a blind parent, a parent who prefers the phone.
        tx.execute(
            "UPDATE guardians SET needs_screen_reader = 1 WHERE last_name = 'Dubois'",
            [],
        )?;
        tx.execute(
            "UPDATE guardians SET prefers_voice = 1, channel_voice = 1, channel_sms = 0 WHERE landline IS NOT NULL",
            [],
        )?;
        tx.execute(
            "UPDATE guardians SET pin_hash = ?1 WHERE last_name IN ('Benali', 'Haddad', 'Kovalenko')",
            [&pin_hash],
        )?;
        Ok(())
    })?;
    Ok(true)
}

/// What `carnet demo` prints: where to go and who to be.
pub fn logins(public_url: &str) -> String {
    let mut text = format!("Carnet demo: {public_url}\n\nStaff (password: {DEMO_PASSWORD}):\n");
    for (username, name, role) in STAFF {
        text.push_str(&format!("  {username:<10} {name} ({})\n", role.code()));
    }
    text.push_str("\nFamilies sign in with a phone number; the code appears at ");
    text.push_str(&format!("{public_url}/simulator\n"));
    text.push_str(&format!(
        "The Benali, Haddad and Kovalenko families' phone-menu PIN is {DEMO_PIN}.\n"
    ));
    for (label, number) in [
        ("French, two children", "06 39 98 00 01"),
        ("Arabic, three children, two parents", "06 39 98 00 03"),
        (
            "Arabic, landline only (code by voice call)",
            "01 99 00 00 05",
        ),
        ("Ukrainian", "06 39 98 00 06"),
        ("Portuguese", "06 39 98 00 07"),
        ("Turkish", "06 39 98 00 09"),
        ("French, uses a screen reader", "06 39 98 00 11"),
    ] {
        text.push_str(&format!("  {number}  {label}\n"));
    }
    text
}
