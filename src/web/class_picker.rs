//! Picking a pupil on a basic phone: first the class (a GET form), then its pupils.

use axum::http::StatusCode;
use maud::{Markup, html};

use crate::AppState;
use crate::i18n::Tr;
use crate::store::families::RosterPupil;
use crate::store::schools::ClassSummary;
use crate::store::{families, schools};
use crate::web::error::AppError;
use crate::web::session::StaffViewer;
use crate::web::views::forms::{FormErrors, select_field};

/// The establishment's classes, and the chosen class with its pupils when it is one of them.
pub struct Picked {
    pub classes: Vec<ClassSummary>,
    pub class: Option<(i64, Vec<RosterPupil>)>,
}

/// Loads what `typed_class` picks. Only roles that read class lists may pick.
pub async fn load(
    state: &AppState,
    staff: &StaffViewer,
    typed_class: Option<&str>,
) -> Result<Picked, AppError> {
    if !staff.member.role.reads_class_contacts() {
        return Err(AppError::forbidden());
    }
    let class_id: Option<i64> = typed_class.and_then(|c| c.trim().parse().ok());
    let establishment_id = staff.establishment.id;
    state
        .db(move |conn| {
            let classes = schools::classes_with_counts(conn, establishment_id)?;
            let class = match class_id.filter(|id| classes.iter().any(|c| c.id == *id)) {
                Some(id) => Some((id, families::class_roster(conn, establishment_id, id)?)),
                None => None,
            };
            Ok(Picked { classes, class })
        })
        .await
}

impl Picked {
    /// For a GET: a class asked for that is not the establishment's is an error and a 404.
    pub fn status(
        &self,
        typed_class: Option<&str>,
        tr: &Tr,
        errors: &mut FormErrors,
    ) -> StatusCode {
        if typed_class.is_some() && self.class.is_none() {
            errors.add("class", tr.t("error-record-class"));
            StatusCode::NOT_FOUND
        } else {
            StatusCode::OK
        }
    }

    /// For a POST: the class and the pupil typed, when the pupil is in that class; otherwise
    /// what is wrong, in `errors`.
    pub fn pupil(
        &self,
        typed: Option<&str>,
        tr: &Tr,
        errors: &mut FormErrors,
    ) -> Option<(i64, i64)> {
        let Some((class_id, roster)) = &self.class else {
            errors.add("class", tr.t("error-record-class"));
            return None;
        };
        let id = typed
            .and_then(|p| p.parse::<i64>().ok())
            .filter(|id| roster.iter().any(|p| p.pupil_id == *id));
        if id.is_none() {
            errors.add("pupil", tr.t("error-record-pupil"));
        }
        Some((*class_id, id?))
    }

    /// The class drop-down as its own GET form, then, once a class is chosen, the POST form
    /// to `action` with the class, the pupil drop-down and `rest` (the page's fields).
    pub fn forms(
        &self,
        tr: &Tr,
        action: &str,
        pupil: &str,
        errors: &FormErrors,
        rest: Markup,
    ) -> Markup {
        let options: Vec<(String, String)> = self
            .classes
            .iter()
            .map(|c| (c.id.to_string(), c.name.clone()))
            .collect();
        let selected = self
            .class
            .as_ref()
            .map(|(id, _)| id.to_string())
            .unwrap_or_default();
        html! {
            form method="get" action=(action) {
                (select_field(tr, "class", &tr.t("record-class-label"), &options, &selected, errors.for_field("class")))
                button type="submit" { (tr.t("record-class-submit")) }
            }
            @if let Some((class_id, roster)) = &self.class {
                @let pupils: Vec<(String, String)> = roster.iter().map(|p| (p.pupil_id.to_string(), p.name.clone())).collect();
                form method="post" action=(action) novalidate {
                    input type="hidden" name="class" value=(class_id);
                    (select_field(tr, "pupil", &tr.t("record-pupil-label"), &pupils, pupil, errors.for_field("pupil")))
                    (rest)
                }
            }
        }
    }
}
