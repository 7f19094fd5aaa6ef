//! `/staff/classes/{id}`: pupils and guardians of one class; each viewing is audited.

use axum::extract::{Path, State};
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

use crate::AppState;
use crate::domain::phone::PhoneNumber;
use crate::i18n::Tr;
use crate::store::families::{self, RosterGuardian};
use crate::store::{audit, schools, write};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::session::StaffSession;
use crate::web::views::{layout, table};

fn guardian_line(tr: &Tr, g: &RosterGuardian) -> Markup {
    let legal = if g.legal {
        "class-guardian-legal"
    } else {
        "class-guardian-not-legal"
    };
    let notified = if g.receives_notices {
        "class-guardian-notified"
    } else {
        "class-guardian-not-notified"
    };
    let phone = g.phone.as_deref().and_then(|p| PhoneNumber::parse(p).ok());
    let separator = tr.t("list-separator");
    html! {
        li {
            bdi { (g.name) }
            // Relationships come from the school's French records.
            @if let Some(relationship) = &g.relationship { " (" span lang="fr" { (relationship) } ")" }
            (separator) (tr.t(legal)) (separator) (tr.t(notified)) (separator)
            @match phone {
                Some(phone) => bdi { (phone.national()) },
                None => (tr.t("class-guardian-no-phone")),
            }
            (separator) span lang=(g.language.language_tag()) { (g.language.native_name()) }
        }
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Path(class_id): Path<String>,
) -> Result<Markup, AppError> {
    let tr = ctx.tr();
    if !staff.member.role.reads_class_contacts() {
        return Err(AppError::forbidden());
    }
    let class_id: i64 = class_id.parse().map_err(|_| AppError::not_found())?;
    let (establishment_id, staff_id) = (staff.establishment.id, staff.member.id);
    let found = state
        .db(move |conn| {
            write(conn, |tx| {
                let Some(name) = schools::class_name(tx, establishment_id, class_id)? else {
                    return Ok(None);
                };
                audit::record_class_read(tx, establishment_id, staff_id, class_id)?;
                Ok(Some((
                    name,
                    families::class_roster(tx, establishment_id, class_id)?,
                )))
            })
        })
        .await?;
    let (class_name, roster) = found.ok_or_else(AppError::not_found)?;
    let mut args = FluentArgs::new();
    args.set("class", class_name);
    Ok(layout::page(
        &ctx,
        &tr.args("class-title", &args),
        html! {
            p { (tr.t("class-audit-note")) }
            table {
                caption { (tr.t("class-pupils-caption")) }
                (table::head(&tr, &["class-pupil-column", "class-guardians-column"]))
                tbody {
                    @for pupil in &roster {
                        tr {
                            th scope="row" { bdi { (pupil.name) } }
                            td {
                                @if pupil.guardians.is_empty() {
                                    (tr.t("class-no-guardian"))
                                } @else {
                                    ul { @for g in &pupil.guardians { (guardian_line(&tr, g)) } }
                                }
                            }
                        }
                    }
                }
            }
        },
    ))
}
