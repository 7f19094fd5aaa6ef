//! Carnet's integration tests: one binary driving the real router, database and catalogs.

mod absence_channels;
mod absences;
mod authorization;
mod catalogs;
mod command_line;
mod delivery;
mod fake_provider;
mod language;
mod meetings;
mod page_contract;
mod phone_menu;
mod restart;
mod settings;
mod sign_in;
mod simulator;
mod staff;
mod support;
mod webhooks;
