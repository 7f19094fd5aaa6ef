//! `/staff/classes/{id}/roll-call`: every pupil present by default; one choice per absent or late pupil.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

use crate::AppState;
use crate::domain::absence::{HalfDay, Mark};
use crate::domain::schedule::school_today;
use crate::i18n::Tr;
use crate::store::absences::{self, RollCall};
use crate::store::families::RosterPupil;
use crate::store::{families, schools, write};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::session::{StaffSession, StaffViewer};
use crate::web::views::forms::{Choice, FormErrors, choice_group, error_summary};
use crate::web::views::layout;

async fn class(
    state: &AppState,
    staff: &StaffViewer,
    class_id: &str,
) -> Result<(i64, String, Vec<RosterPupil>), AppError> {
    if !staff.member.role.reads_class_contacts() {
        return Err(AppError::forbidden());
    }
    let class_id: i64 = class_id.parse().map_err(|_| AppError::not_found())?;
    let establishment_id = staff.establishment.id;
    let found = state
        .db(move |conn| {
            let Some(name) = schools::class_name(conn, establishment_id, class_id)? else {
                return Ok(None);
            };
            Ok(Some((
                name,
                families::class_roster(conn, establishment_id, class_id)?,
            )))
        })
        .await?;
    let (name, roster) = found.ok_or_else(AppError::not_found)?;
    Ok((class_id, name, roster))
}

/// Morning and afternoon as radios, `half` checked.
pub fn half_choices(tr: &Tr, half: &str) -> Vec<Choice> {
    [HalfDay::Morning, HalfDay::Afternoon]
        .iter()
        .map(|h| Choice {
            value: h.code().into(),
            label: tr.t(&format!("half-{}", h.code())),
            checked: half == h.code(),
            lang: None,
        })
        .collect()
}

fn view(
    ctx: &Ctx,
    class_id: i64,
    class_name: &str,
    roster: &[RosterPupil],
    half: &str,
    marks: &dyn Fn(i64) -> String,
    errors: &FormErrors,
) -> Markup {
    let tr = ctx.tr();
    let mut args = FluentArgs::new();
    args.set("class", class_name.to_string());
    let halves = half_choices(&tr, half);
    layout::page(
        ctx,
        &tr.args("roll-call-title", &args),
        html! {
            (error_summary(&tr, errors))
            p { (tr.t("roll-call-intro")) }
            form method="post" action={ "/staff/classes/" (class_id) "/roll-call" } novalidate {
                (choice_group(&tr, "radio", "half", &tr.t("roll-call-half-legend"), &halves, errors.for_field("half")))
                @for pupil in roster {
                    @let name = format!("mark-{}", pupil.pupil_id);
                    @let current = marks(pupil.pupil_id);
                    fieldset.field.pupil {
                        legend { bdi { (pupil.name) } }
                        @for mark in [Mark::Present, Mark::Absent, Mark::Late] {
                            @let id = format!("{name}-{}", mark.code());
                            span.choice {
                                input #(id) type="radio" name=(name) value=(mark.code()) checked[current == mark.code()];
                                label for=(id) { (tr.t(&format!("roll-call-{}", mark.code()))) }
                            }
                        }
                    }
                }
                button type="submit" { (tr.t("roll-call-submit")) }
            }
        },
    )
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Path(class_id): Path<String>,
) -> Result<Markup, AppError> {
    let (class_id, name, roster) = class(&state, &staff, &class_id).await?;
    let (_, half) = school_today();
    Ok(view(
        &ctx,
        class_id,
        &name,
        &roster,
        half.code(),
        &|_| "present".to_string(),
        &FormErrors::default(),
    ))
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Path(class_id): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    let (class_id, name, roster) = class(&state, &staff, &class_id).await?;
    let tr = ctx.tr();
    let mut errors = FormErrors::default();
    let half = HalfDay::parse(&form.text("half"));
    if half.is_none() {
        errors.add("half", tr.t("error-roll-call-half"));
    }
    let mut marks = Vec::new();
    for pupil in &roster {
        match form
            .get(&format!("mark-{}", pupil.pupil_id))
            .map(Mark::parse)
        {
            None => marks.push((pupil.pupil_id, Mark::Present)),
            Some(Some(mark)) => marks.push((pupil.pupil_id, mark)),
            // The summary links to the pupil's first choice.
            Some(None) => errors.add(
                format!("mark-{}-present", pupil.pupil_id),
                tr.t("error-roll-call-mark"),
            ),
        }
    }
    let Some(half) = half.filter(|_| errors.is_empty()) else {
        let typed = |id: i64| form.text(&format!("mark-{id}"));
        let page = view(
            &ctx,
            class_id,
            &name,
            &roster,
            &form.text("half"),
            &typed,
            &errors,
        );
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let day = school_today().0.to_string();
    let call = RollCall {
        establishment_id: staff.establishment.id,
        class_id,
        staff_id: staff.member.id,
        day,
        half,
        hold_until: crate::store::now() + state.config.absence_hold_seconds,
    };
    let outcome = state
        .db(move |conn| write(conn, |tx| absences::record_roll_call(tx, &call, &marks)))
        .await?;
    Ok(Redirect::to(&format!("/staff/absences?recorded={}", outcome.absent)).into_response())
}
