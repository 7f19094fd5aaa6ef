//! Picking a pupil on a basic phone: first the class (a GET form), then its pupils.

use maud::{Markup, html};

use crate::AppState;
use crate::i18n::Tr;
use crate::store::families::RosterPupil;
use crate::store::schools::ClassSummary;
use crate::store::{families, schools};
use crate::web::error::AppError;
use crate::web::session::StaffViewer;
use crate::web::views::forms::select_field;

/// The classes of the staff member's establishment, and the chosen class's pupils when it
/// is one of them. Only roles that read class lists may pick.
pub async fn load(
    state: &AppState,
    staff: &StaffViewer,
    class_id: Option<i64>,
) -> Result<(Vec<ClassSummary>, Option<Vec<RosterPupil>>), AppError> {
    if !staff.member.role.reads_class_contacts() {
        return Err(AppError::forbidden());
    }
    let establishment_id = staff.establishment.id;
    state
        .db(move |conn| {
            let classes = schools::classes_with_counts(conn, establishment_id)?;
            let roster = match class_id.filter(|id| classes.iter().any(|c| c.id == *id)) {
                Some(id) => Some(families::class_roster(conn, establishment_id, id)?),
                None => None,
            };
            Ok((classes, roster))
        })
        .await
}

/// The class drop-down as its own GET form to `action`.
pub fn class_form(
    tr: &Tr,
    action: &str,
    classes: &[ClassSummary],
    selected: Option<i64>,
    error: Option<&str>,
) -> Markup {
    let options: Vec<(String, String)> = classes
        .iter()
        .map(|c| (c.id.to_string(), c.name.clone()))
        .collect();
    let selected = selected.map(|id| id.to_string()).unwrap_or_default();
    html! {
        form method="get" action=(action) {
            (select_field(tr, "class", &tr.t("record-class-label"), &options, &selected, error))
            button type="submit" { (tr.t("record-class-submit")) }
        }
    }
}

/// The pupils of the chosen class as a drop-down.
pub fn pupil_field(tr: &Tr, roster: &[RosterPupil], selected: &str, error: Option<&str>) -> Markup {
    let pupils: Vec<(String, String)> = roster
        .iter()
        .map(|p| (p.pupil_id.to_string(), p.name.clone()))
        .collect();
    select_field(
        tr,
        "pupil",
        &tr.t("record-pupil-label"),
        &pupils,
        selected,
        error,
    )
}

/// The pupil id typed, when it is one of the roster's.
pub fn chosen_pupil(roster: Option<&[RosterPupil]>, typed: Option<&str>) -> Option<i64> {
    let id: i64 = typed?.parse().ok()?;
    roster?.iter().any(|p| p.pupil_id == id).then_some(id)
}
