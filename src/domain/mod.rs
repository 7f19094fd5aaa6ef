//! Pure domain types and rules: no web, storage, translation or network code here.

pub mod absence;
pub mod csv_import;
pub mod flows;
pub mod ics;
pub mod locale;
pub mod login_code;
pub mod meeting;
pub mod notice;
pub mod password;
pub mod phone;
pub mod preferences;
pub mod reply;
pub mod role;
pub mod schedule;
pub mod sms_segments;
pub mod uai;
