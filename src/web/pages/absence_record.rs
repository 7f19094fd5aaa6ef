//! `/staff/absences/new`: one absence or lateness recorded, or corrected, outside a roll call.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};
use serde::Deserialize;

use super::roll_call::half_choices;
use crate::AppState;
use crate::domain::absence::{HalfDay, Mark};
use crate::domain::schedule::school_today;
use crate::store::absences::{self, RollCall};
use crate::store::write;
use crate::web::class_picker::{self, Picked};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::session::StaffSession;
use crate::web::views::forms::{Choice, FormErrors, choice_group, error_summary};
use crate::web::views::layout;

/// What the form holds, typed or defaulted.
struct Entry {
    pupil: String,
    half: String,
    mark: String,
}

fn view(ctx: &Ctx, picked: &Picked, entry: &Entry, errors: &FormErrors) -> Markup {
    let tr = ctx.tr();
    let marks: Vec<Choice> = [Mark::Absent, Mark::Late, Mark::Present]
        .iter()
        .map(|m| Choice {
            value: m.code().into(),
            label: tr.t(&format!("record-mark-{}", m.code())),
            checked: entry.mark == m.code(),
            lang: None,
        })
        .collect();
    layout::page(
        ctx,
        &tr.t("record-title"),
        html! {
            (error_summary(&tr, errors))
            (picked.forms(&tr, "/staff/absences/new", &entry.pupil, errors, html! {
                (choice_group(&tr, "radio", "half", &tr.t("roll-call-half-legend"), &half_choices(&tr, &entry.half), errors.for_field("half")))
                (choice_group(&tr, "radio", "mark", &tr.t("record-mark-legend"), &marks, errors.for_field("mark")))
                button type="submit" { (tr.t("record-submit")) }
            }))
            p { a href="/staff/absences" { (tr.t("board-link")) } }
        },
    )
}

#[derive(Deserialize)]
pub struct ChosenClass {
    class: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    Query(query): Query<ChosenClass>,
) -> Result<Response, AppError> {
    let picked = class_picker::load(&state, &staff, query.class.as_deref()).await?;
    let entry = Entry {
        pupil: String::new(),
        half: school_today().1.code().to_string(),
        mark: Mark::Absent.code().to_string(),
    };
    let mut errors = FormErrors::default();
    let status = picked.status(query.class.as_deref(), &ctx.tr(), &mut errors);
    Ok((status, view(&ctx, &picked, &entry, &errors)).into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    StaffSession(staff): StaffSession,
    form: FormData,
) -> Result<Response, AppError> {
    let picked = class_picker::load(&state, &staff, form.get("class")).await?;
    let tr = ctx.tr();
    let entry = Entry {
        pupil: form.text("pupil"),
        half: form.text("half"),
        mark: form.text("mark"),
    };
    let mut errors = FormErrors::default();
    let pupil = picked.pupil(form.get("pupil"), &tr, &mut errors);
    let half = HalfDay::parse(&entry.half);
    if half.is_none() {
        errors.add("half", tr.t("error-roll-call-half"));
    }
    let mark = Mark::parse(&entry.mark);
    if mark.is_none() {
        errors.add("mark", tr.t("error-roll-call-mark"));
    }
    let (Some((class_id, pupil)), Some(half), Some(mark)) = (pupil, half, mark) else {
        let page = view(&ctx, &picked, &entry, &errors);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let call = RollCall {
        establishment_id: staff.establishment.id,
        class_id,
        staff_id: staff.member.id,
        day: school_today().0.to_string(),
        half,
        hold_until: crate::store::now() + state.config.absence_hold_seconds,
    };
    let outcome = state
        .db(move |conn| {
            write(conn, |tx| {
                absences::record_roll_call(tx, &call, &[(pupil, mark)])
            })
        })
        .await?;
    let saved = if outcome.too_late_to_cancel > 0 {
        "too-late"
    } else {
        "done"
    };
    Ok(Redirect::to(&format!("/staff/absences?changed={saved}")).into_response())
}
