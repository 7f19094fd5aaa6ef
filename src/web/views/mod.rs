//! maud views shared by pages: the layout, form parts, and long documents.

pub mod document;
pub mod forms;
pub mod layout;
pub mod reason_fields;
pub mod table;
pub mod time;
