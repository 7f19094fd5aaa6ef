//! maud views shared by pages: the layout, form parts, and long documents.

pub mod calendar;
pub mod document;
pub mod forms;
pub mod layout;
pub mod meeting_fields;
pub mod reason_fields;
pub mod table;
pub mod time;
