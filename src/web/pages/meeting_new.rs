//! `/staff/meetings/new`: invite the guardians of one pupil, offering 1 to 4 slots.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};
use serde::Deserialize;

use crate::AppState;
use crate::channels::meeting_notice::{self, MeetingNews};
use crate::domain::meeting::{LETTERS, local_timestamp};
use crate::domain::schedule::{DEFAULT_TIME_ZONE, time_zone};
use crate::i18n::Tr;
use crate::store::meetings::{self, NewMeeting};
use crate::store::{now, staff, write};
use crate::web::class_picker::{self, Picked};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::session::{StaffSession, StaffViewer};
use crate::web::views::forms::{FormErrors, error_summary};
use crate::web::views::layout;
use crate::web::views::meeting_fields::{self, MeetingInput};

/// A date and a time typed side by side, as `<input type=date>` and `<input type=time>`.
pub fn date_time_fields(
    tr: &Tr,
    prefix: &str,
    label_args: &[(&str, String)],
    values: (&str, &str),
    labels: (&str, &str),
) -> Markup {
    let (date_name, time_name) = (format!("{prefix}date"), format!("{prefix}time"));
    html! {
        div.field.date-time {
            label for=(date_name) { (tr.with(labels.0, label_args)) }
            input #(date_name) name=(date_name) type="date" value=(values.0);
            label for=(time_name) { (tr.with(labels.1, label_args)) }
            input #(time_name) name=(time_name) type="time" value=(values.1);
        }
    }
}

/// The slots typed: a date and a time for each of A to D, blanks ignored.
fn slots_typed(form: &FormData) -> Vec<(String, String)> {
    LETTERS
        .iter()
        .map(|l| {
            (
                form.text(&format!("slot-{l}-date")),
                form.text(&format!("slot-{l}-time")),
            )
        })
        .collect()
}

/// 1 to 4 distinct future slots, each with a date and a time; `None` otherwise.
fn check_slots(typed: &[(String, String)]) -> Option<Vec<i64>> {
    let zone = time_zone(DEFAULT_TIME_ZONE);
    let mut starts = Vec::new();
    for (date, time) in typed {
        match (date.is_empty(), time.is_empty()) {
            (true, true) => continue,
            (false, false) => {
                let at = local_timestamp(date, time, &zone)?.as_second();
                if at <= now() || starts.contains(&at) {
                    return None;
                }
                starts.push(at);
            }
            _ => return None,
        }
    }
    (!starts.is_empty()).then(|| {
        starts.sort();
        starts
    })
}

/// Who may hold a meeting in the staff member's establishment.
pub async fn hosts(state: &AppState, staff: &StaffViewer) -> Result<Vec<(i64, String)>, AppError> {
    let establishment_id = staff.establishment.id;
    state
        .db(move |conn| staff::meeting_hosts(conn, establishment_id))
        .await
}

struct Typed {
    pupil: String,
    fields: MeetingInput,
    slots: Vec<(String, String)>,
}

fn view(
    ctx: &Ctx,
    picked: &Picked,
    typed: &Typed,
    hosts: &[(i64, String)],
    errors: &FormErrors,
) -> Markup {
    let tr = ctx.tr();
    layout::page(
        ctx,
        &tr.t("meeting-new-title"),
        html! {
            (error_summary(&tr, errors))
            (picked.forms(&tr, "/staff/meetings/new", &typed.pupil, errors, html! {
                (meeting_fields::render(&tr, &typed.fields, errors, hosts, "meeting-duration-label", true))
                fieldset.field {
                    legend { (tr.t("meeting-slots-legend")) }
                    @if let Some(error) = errors.for_field("slot-A-date") {
                        p.error { strong { (tr.t("error-prefix")) } " " (error) }
                    }
                    @for (letter, (date, time)) in LETTERS.iter().zip(&typed.slots) {
                        (date_time_fields(&tr, &format!("slot-{letter}-"), &[("letter", letter.to_string())], (date, time), ("meeting-slot-date-label", "meeting-slot-time-label")))
                    }
                }
                button type="submit" { (tr.t("meeting-submit")) }
            }))
        },
    )
}

#[derive(Deserialize)]
pub struct Chosen {
    class: Option<String>,
    pupil: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Query(query): Query<Chosen>,
) -> Result<Response, AppError> {
    let picked = class_picker::load(&state, &staff, query.class.as_deref()).await?;
    let typed = Typed {
        pupil: query.pupil.unwrap_or_default(),
        fields: MeetingInput {
            host: staff.member.id.to_string(),
            duration: "30".into(),
            ..MeetingInput::default()
        },
        slots: vec![(String::new(), String::new()); LETTERS.len()],
    };
    let mut errors = FormErrors::default();
    let status = picked.status(query.class.as_deref(), &ctx.tr(), &mut errors);
    let hosts = hosts(&state, &staff).await?;
    let page = view(&ctx, &picked, &typed, &hosts, &errors);
    Ok((status, page).into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    form: FormData,
) -> Result<Response, AppError> {
    let picked = class_picker::load(&state, &staff, form.get("class")).await?;
    let tr = ctx.tr();
    let typed = Typed {
        pupil: form.text("pupil"),
        fields: MeetingInput::from_form(&form),
        slots: slots_typed(&form),
    };
    let mut errors = FormErrors::default();
    let pupil = picked.pupil(form.get("pupil"), &tr, &mut errors);
    let hosts = hosts(&state, &staff).await?;
    let fields = typed.fields.check(&tr, &mut errors, &hosts);
    let starts = check_slots(&typed.slots);
    if starts.is_none() {
        errors.add("slot-A-date", tr.t("error-meeting-slots"));
    }
    let (Some((_, pupil)), Some(fields), Some(starts)) = (pupil, fields, starts) else {
        let page = view(&ctx, &picked, &typed, &hosts, &errors);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let new = NewMeeting {
        establishment_id: staff.establishment.id,
        created_by_staff_id: staff.member.id,
        host_staff_id: fields.host_staff_id,
        purpose: fields.purpose,
        place: fields.place,
        duration_minutes: fields.duration_minutes,
        interpreter_language: fields.interpreter.map(|l| l.code().to_string()),
        mediator_wanted: fields.mediator,
    };
    let catalogs = state.catalogs.clone();
    state
        .db(move |conn| {
            write(conn, |tx| {
                if let Some(id) = meetings::invite(tx, &new, pupil, &starts)? {
                    meeting_notice::tell(tx, &catalogs, id, MeetingNews::Invitation)?;
                }
                Ok(())
            })
        })
        .await?;
    Ok(Redirect::to("/staff/meetings?done=sent").into_response())
}
