//! One file per screen: each owns its GET view and, for forms, its POST action.

pub mod absence_board;
pub mod absence_proof;
pub mod absence_record;
pub mod access_log;
pub mod assets;
pub mod class_roster;
pub mod documents;
pub mod error_page;
pub mod family_absence;
pub mod family_home;
pub mod follow_up;
pub mod health;
pub mod home;
pub mod roll_call;
pub mod settings;
pub mod settings_pin;
pub mod sign_in;
pub mod sign_in_code;
pub mod sign_out;
pub mod simulator;
pub mod simulator_call;
pub mod staff_home;
pub mod staff_sign_in;
