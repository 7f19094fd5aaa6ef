//! Parents' evenings: `/staff/evenings/new` opens one, `/staff/evenings/{id}` shows its grid.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::FluentArgs;
use maud::{Markup, html};
use serde::Deserialize;

use super::family_meeting::when;
use super::meeting_new::{date_time_fields, hosts};
use crate::AppState;
use crate::channels::meeting_notice::{self, MeetingNews};
use crate::domain::meeting::{evening_starts, local_timestamp};
use crate::domain::schedule::{DEFAULT_TIME_ZONE, time_zone};
use crate::store::actor::Actor;
use crate::store::evenings;
use crate::store::meetings::NewMeeting;
use crate::store::schools::{self, ClassSummary};
use crate::store::{now, write};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::session::{StaffSession, StaffViewer};
use crate::web::views::forms::{FormErrors, error_summary, select_field};
use crate::web::views::meeting_fields::{self, MeetingInput};
use crate::web::views::{layout, table};

fn allowed(staff: &StaffViewer) -> Result<(), AppError> {
    if staff.member.role.reads_class_contacts() {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

struct Typed {
    class: String,
    fields: MeetingInput,
    date: String,
    start: String,
    end: String,
}

fn form_view(
    ctx: &Ctx,
    classes: &[ClassSummary],
    hosts: &[(i64, String)],
    typed: &Typed,
    errors: &FormErrors,
) -> Markup {
    let tr = ctx.tr();
    let options: Vec<(String, String)> = classes
        .iter()
        .map(|c| (c.id.to_string(), c.name.clone()))
        .collect();
    layout::page(
        ctx,
        &tr.t("evening-new-title"),
        html! {
            (error_summary(&tr, errors))
            form method="post" action="/staff/evenings/new" novalidate {
                (select_field(&tr, "class", &tr.t("record-class-label"), &options, &typed.class, errors.for_field("class")))
                (meeting_fields::render(&tr, &typed.fields, errors, hosts, "evening-minutes-label", false))
                @if let Some(error) = errors.for_field("date") {
                    p.error { strong { (tr.t("error-prefix")) } " " (error) }
                }
                (date_time_fields(&tr, "", &[], (&typed.date, &typed.start), ("evening-date-label", "evening-start-label")))
                div.field {
                    label for="end" { (tr.t("evening-end-label")) }
                    input #end name="end" type="time" value=(typed.end);
                }
                button type="submit" { (tr.t("evening-submit")) }
            }
        },
    )
}

async fn classes(state: &AppState, staff: &StaffViewer) -> Result<Vec<ClassSummary>, AppError> {
    let establishment_id = staff.establishment.id;
    state
        .db(move |conn| schools::classes_with_counts(conn, establishment_id))
        .await
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
) -> Result<Markup, AppError> {
    allowed(&staff)?;
    let classes = classes(&state, &staff).await?;
    let typed = Typed {
        class: String::new(),
        fields: MeetingInput {
            host: staff.member.id.to_string(),
            duration: "10".into(),
            ..MeetingInput::default()
        },
        date: String::new(),
        start: "17:00".into(),
        end: "19:00".into(),
    };
    let hosts = hosts(&state, &staff).await?;
    Ok(form_view(
        &ctx,
        &classes,
        &hosts,
        &typed,
        &FormErrors::default(),
    ))
}

pub async fn open(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    form: FormData,
) -> Result<Response, AppError> {
    allowed(&staff)?;
    let classes = classes(&state, &staff).await?;
    let tr = ctx.tr();
    let typed = Typed {
        class: form.text("class"),
        fields: MeetingInput::from_form(&form),
        date: form.text("date"),
        start: form.text("time"),
        end: form.text("end"),
    };
    let mut errors = FormErrors::default();
    let class_id = typed
        .class
        .parse::<i64>()
        .ok()
        .filter(|id| classes.iter().any(|c| c.id == *id));
    if class_id.is_none() {
        errors.add("class", tr.t("error-record-class"));
    }
    let hosts = hosts(&state, &staff).await?;
    let fields = typed.fields.check(&tr, &mut errors, &hosts);
    let zone = time_zone(DEFAULT_TIME_ZONE);
    let grid = match (
        local_timestamp(&typed.date, &typed.start, &zone),
        local_timestamp(&typed.date, &typed.end, &zone),
        &fields,
    ) {
        (Some(start), Some(end), Some(fields)) if start.as_second() > now() => {
            evening_starts(start, end, fields.duration_minutes)
        }
        _ => None,
    };
    if grid.is_none() {
        errors.add("date", tr.t("error-evening-grid"));
    }
    let (Some(class_id), Some(fields), Some(grid)) = (class_id, fields, grid) else {
        let page = form_view(&ctx, &classes, &hosts, &typed, &errors);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let new = NewMeeting {
        establishment_id: staff.establishment.id,
        created_by_staff_id: staff.member.id,
        host_staff_id: fields.host_staff_id,
        purpose: fields.purpose,
        place: fields.place,
        duration_minutes: fields.duration_minutes,
        interpreter_language: None,
        mediator_wanted: false,
    };
    let starts: Vec<i64> = grid.iter().map(|t| t.as_second()).collect();
    let catalogs = state.catalogs.clone();
    let opened = state
        .db(move |conn| {
            write(conn, |tx| {
                let Some((evening, invited)) = evenings::open_evening(tx, &new, class_id, &starts)?
                else {
                    return Ok(None);
                };
                for id in invited {
                    meeting_notice::tell(tx, &catalogs, id, MeetingNews::Invitation)?;
                }
                Ok(Some(evening))
            })
        })
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok(Redirect::to(&format!("/staff/evenings/{opened}?done=opened")).into_response())
}

#[derive(Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn grid(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Path(id): Path<String>,
    Query(query): Query<Done>,
) -> Result<Markup, AppError> {
    allowed(&staff)?;
    let id: i64 = id.parse().map_err(|_| AppError::not_found())?;
    let evening = state
        .read(|conn| evenings::evening(conn, staff.establishment.id, id))?
        .ok_or_else(AppError::not_found)?;
    let tr = ctx.tr();
    let mut title = FluentArgs::new();
    title.set("class", evening.class_name.clone());
    title.set("host", evening.host_name.clone());
    let done = query
        .done
        .as_deref()
        .filter(|d| ["opened", "slot-cancelled"].contains(d));
    Ok(layout::page(
        &ctx,
        &tr.args("evening-title", &title),
        html! {
            @match done {
                Some("opened") => p.status role="status" { (tr.t("evening-opened")) },
                Some(_) => p.status role="status" { (tr.t("evening-slot-cancel-done")) },
                None => {},
            }
            p { (evening.purpose) " · " (evening.place) }
            table {
                caption { (tr.t("evening-caption")) }
                (table::head(&tr, &["evening-time-column", "evening-family-column", "evening-action-column"]))
                tbody {
                    @for (slot, meeting) in &evening.slots {
                        tr {
                            th scope="row" { (when(&tr, slot)) }
                            td {
                                @if slot.cancelled { (tr.t("evening-slot-cancelled")) }
                                @else if let Some(meeting) = meeting { bdi { (meeting.pupil_name) } }
                                @else { (tr.t("evening-free")) }
                            }
                            td {
                                @if !slot.cancelled {
                                    form method="post" action={ "/staff/evenings/" (evening.id) "/slots/" (slot.id) "/cancel" } {
                                        button type="submit" { (tr.t("evening-cancel-slot")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { (tr.t("evening-waiting-title")) }
            ul {
                @for meeting in &evening.without_slot {
                    li { bdi { (meeting.pupil_name) } (tr.t("list-separator")) (tr.t(&format!("meeting-state-{}", meeting.state.code()))) }
                }
            }
            form method="post" action={ "/staff/meetings/remind?evening=" (evening.id) } {
                button type="submit" { (tr.t("meetings-remind")) }
            }
        },
    ))
}

pub async fn cancel_slot(
    State(state): State<AppState>,
    StaffSession(staff): StaffSession,
    Path((id, slot)): Path<(String, String)>,
) -> Result<Response, AppError> {
    allowed(&staff)?;
    let (Ok(id), Ok(slot)) = (id.parse::<i64>(), slot.parse::<i64>()) else {
        return Err(AppError::not_found());
    };
    let (establishment_id, actor) = (staff.establishment.id, Actor::staff(staff.member.id));
    let catalogs = state.catalogs.clone();
    state
        .db(move |conn| {
            write(conn, |tx| {
                let freed = evenings::cancel_slot(tx, establishment_id, id, slot, actor)?;
                if let Some(Some(meeting)) = freed {
                    meeting_notice::tell(tx, &catalogs, meeting, MeetingNews::SlotCancelled)?;
                }
                Ok(freed)
            })
        })
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok(Redirect::to(&format!("/staff/evenings/{id}?done=slot-cancelled")).into_response())
}
