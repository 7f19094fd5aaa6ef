//! Table parts: a header row of translated column names.

use maud::{Markup, html};

use crate::i18n::Tr;

/// `<thead>` with one `th scope=col` per message id.
pub fn head(tr: &Tr, columns: &[&str]) -> Markup {
    html! {
        thead { tr { @for id in columns { th scope="col" { (tr.t(id)) } } } }
    }
}
