//! `/family/meetings/{id}`: a family books, declines, asks for another time or an interpreter.

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::FluentArgs;
use maud::{Markup, html};
use serde::Deserialize;

use crate::AppState;
use crate::channels::meeting_notice::{self, MeetingNews};
use crate::domain::locale::Locale;
use crate::domain::meeting::{MeetingMove, MeetingState, next, short_text};
use crate::i18n::Tr;
use crate::i18n::dates::slot_long;
use crate::store::actor::Actor;
use crate::store::meetings::{self, BookRefused, Meeting, Slot};
use crate::store::{StoreResult, write};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::form::FormData;
use crate::web::session::{GuardianSession, GuardianViewer};
use crate::web::views::forms::{Choice, FormErrors, choice_group, error_summary};
use crate::web::views::{calendar, layout};

const MAX_NOTE_CHARS: usize = 300;

/// The meeting, if it is one of this family's children's.
fn find(state: &AppState, guardian: &GuardianViewer, id: &str) -> Result<Meeting, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .read(|conn| meetings::for_phone(conn, &guardian.phone))?
        .into_iter()
        .find(|m| m.id == id)
        .ok_or_else(AppError::not_found)
}

/// "lundi 7 décembre à 17:00" for a slot, in the reader's language.
pub fn when(tr: &Tr, slot: &Slot) -> String {
    slot_long(tr, slot.starts_at)
}

/// The interpreter language a family would ask for: the language it reads Carnet in,
/// unless that is French.
fn own_language(ctx: &Ctx) -> Option<Locale> {
    let language = ctx.locale.language();
    (language != Locale::Fr).then_some(language)
}

#[derive(Deserialize)]
pub struct Saved {
    saved: Option<String>,
}

struct Typed<'a> {
    slot: &'a str,
    note: &'a str,
}

fn view(
    ctx: &Ctx,
    meeting: &Meeting,
    slots: &[Slot],
    typed: &Typed,
    saved: Option<&str>,
    errors: &FormErrors,
) -> Markup {
    let tr = ctx.tr();
    let mut title = FluentArgs::new();
    title.set("name", meeting.pupil_first_name.clone());
    let mut with = FluentArgs::new();
    with.set("host", meeting.host_name.clone());
    with.set("purpose", meeting.purpose.clone());
    let mut place = FluentArgs::new();
    place.set("place", meeting.place.clone());
    place.set("minutes", meeting.duration_minutes);
    let booked_id = meeting.booked.as_ref().map(|s| s.id.to_string());
    let choices: Vec<Choice> = slots
        .iter()
        .map(|slot| Choice {
            value: slot.id.to_string(),
            label: when(&tr, slot),
            checked: typed.slot == slot.id.to_string()
                || (typed.slot.is_empty() && booked_id.as_deref() == Some(&slot.id.to_string())),
            lang: None,
        })
        .collect();
    let action = format!("/family/meetings/{}", meeting.id);
    let bookable = next(meeting.state, MeetingMove::Book).is_some();
    let language = own_language(ctx);
    layout::page(
        ctx,
        &tr.args("meeting-title", &title),
        html! {
                @if let Some(saved) = saved {
                    p.status role="status" {
                        @if saved == "booked" {
                            (tr.with("meeting-saved-booked", &[("when", meeting.booked.as_ref().map(|s| when(&tr, s)).unwrap_or_default())]))
                        } @else {
                            (tr.t(&format!("meeting-saved-{saved}")))
                        }
                    }
                }
                (error_summary(&tr, errors))
                p { (tr.args("meeting-with", &with)) }
                p { (tr.args("meeting-place", &place)) }
                p { strong { (tr.t(&format!("meeting-state-{}", meeting.state.code()))) } }
                @if let (Some(slot), MeetingState::Booked) = (&meeting.booked, meeting.state) {
                    p { (tr.with("meeting-booked-at", &[("when", when(&tr, slot)), ("place", meeting.place.clone())])) }
                    p { a href={ (action) "/calendar.ics" } { (tr.t("meeting-ics-link")) } }
                }
                @if bookable {
                    @if slots.is_empty() {
                        p { (tr.t("meeting-no-slot")) }
                    } @else {
                        form method="post" action=(action) novalidate {
                            input type="hidden" name="action" value="book";
                            (choice_group(&tr, "radio", "slot", &tr.t("meeting-slot-legend"), &choices, errors.for_field("slot")))
                            button type="submit" { (tr.t("meeting-book")) }
                        }
                    }
                }
                @if next(meeting.state, MeetingMove::AskOtherTime).is_some() {
                    h2 { (tr.t("meeting-other-title")) }
                    form method="post" action=(action) novalidate {
                        input type="hidden" name="action" value="other";
                        div.field {
                            label for="note" { (tr.t("meeting-other-label")) }
                            @if let Some(error) = errors.for_field("note") {
                                p.error #note-error { strong { (tr.t("error-prefix")) } " " (error) }
                            }
                            textarea #note name="note" rows="3" maxlength=(MAX_NOTE_CHARS)
                                aria-describedby=[errors.for_field("note").map(|_| "note-error")] { (typed.note) }
                        }
                        button type="submit" { (tr.t("meeting-other-submit")) }
                    }
                }
                @if next(meeting.state, MeetingMove::Decline).is_some() {
                    form method="post" action=(action) {
                        input type="hidden" name="action" value="decline";
                        button type="submit" { (tr.t("meeting-decline")) }
                    }
                }
                @if meeting.state != MeetingState::Cancelled {
                    @if let Some(asked) = &meeting.interpreter_language {
                        p { (tr.with("meeting-interpreter-asked", &[("language", tr.t(&format!("language-name-{asked}")))])) }
                    } @else if let Some(language) = language {
                        h2 { (tr.t("meeting-interpreter-title")) }
                        form method="post" action=(action) {
                            input type="hidden" name="action" value="interpreter";
                            button type="submit" { (tr.with("meeting-interpreter-ask", &[("language", tr.t(&format!("language-name-{}", language.code())))])) }
                        }
                    }
                }
        },
    )
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    meeting: &Meeting,
    typed: &Typed<'_>,
    saved: Option<&str>,
    errors: &FormErrors,
) -> Result<Markup, AppError> {
    let id = meeting.id;
    let slots = state.db(move |conn| meetings::open_slots(conn, id)).await?;
    Ok(view(ctx, meeting, &slots, typed, saved, errors))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    GuardianSession(guardian): GuardianSession,
    Path(id): Path<String>,
    Query(query): Query<Saved>,
) -> Result<Markup, AppError> {
    let meeting = find(&state, &guardian, &id)?;
    let typed = Typed { slot: "", note: "" };
    let saved = query
        .saved
        .as_deref()
        .filter(|s| ["booked", "declined", "other", "interpreter"].contains(s));
    page(
        &state,
        &ctx,
        &meeting,
        &typed,
        saved,
        &FormErrors::default(),
    )
    .await
}

/// What the family asked for, checked.
enum FamilyChoice {
    Book(i64),
    Decline,
    Other(Option<String>),
    Interpreter(Locale),
}

fn read(ctx: &Ctx, form: &FormData, errors: &mut FormErrors) -> Option<FamilyChoice> {
    let tr = ctx.tr();
    match form.get("action") {
        Some("book") => match form.get("slot").and_then(|s| s.parse().ok()) {
            Some(slot) => Some(FamilyChoice::Book(slot)),
            None => {
                errors.add("slot", tr.t("error-meeting-slot-missing"));
                None
            }
        },
        Some("decline") => Some(FamilyChoice::Decline),
        Some("other") => {
            let note = form.text("note");
            if note.is_empty() {
                return Some(FamilyChoice::Other(None));
            }
            match short_text(&note.replace(['\r', '\n'], " "), MAX_NOTE_CHARS) {
                Some(note) => Some(FamilyChoice::Other(Some(note))),
                None => {
                    errors.add("note", tr.t("error-meeting-note-long"));
                    None
                }
            }
        }
        Some("interpreter") => own_language(ctx).map(FamilyChoice::Interpreter),
        _ => None,
    }
}

/// The outcome of an answer: the page's `saved` word, or what refused it.
enum Outcome {
    Saved(&'static str),
    Refused(BookRefused),
}

fn carry_out(
    tx: &rusqlite::Transaction,
    state: &AppState,
    meeting: &Meeting,
    answer: &FamilyChoice,
    actor: Actor,
) -> StoreResult<Outcome> {
    let closed = |outcome: Option<Result<MeetingState, MeetingState>>| match outcome {
        Some(Err(current)) => Outcome::Refused(BookRefused::Closed(current)),
        _ => Outcome::Refused(BookRefused::NotOffered),
    };
    Ok(match answer {
        FamilyChoice::Book(slot) => match meetings::book(tx, meeting.id, *slot, actor)? {
            Ok(_) => {
                meeting_notice::tell(tx, &state.catalogs, meeting.id, MeetingNews::Booked)?;
                Outcome::Saved("booked")
            }
            Err(refused) => Outcome::Refused(refused),
        },
        FamilyChoice::Decline => {
            match meetings::apply(tx, meeting.id, MeetingMove::Decline, actor, None)? {
                Some(Ok(_)) => {
                    meeting_notice::tell(tx, &state.catalogs, meeting.id, MeetingNews::Declined)?;
                    Outcome::Saved("declined")
                }
                other => closed(other),
            }
        }
        FamilyChoice::Other(note) => {
            match meetings::apply(
                tx,
                meeting.id,
                MeetingMove::AskOtherTime,
                actor,
                note.as_deref(),
            )? {
                Some(Ok(_)) => Outcome::Saved("other"),
                other => closed(other),
            }
        }
        FamilyChoice::Interpreter(language) => {
            meetings::want_interpreter(tx, meeting.id, language.code(), actor)?;
            Outcome::Saved("interpreter")
        }
    })
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    GuardianSession(guardian): GuardianSession,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    let meeting = find(&state, &guardian, &id)?;
    let tr = ctx.tr();
    let mut errors = FormErrors::default();
    let typed_slot = form.text("slot");
    let typed_note = form.text("note");
    let typed = Typed {
        slot: &typed_slot,
        note: &typed_note,
    };
    let Some(answer) = read(&ctx, &form, &mut errors) else {
        if errors.is_empty() {
            return Err(AppError::bad_request());
        }
        let body = page(&state, &ctx, &meeting, &typed, None, &errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response());
    };
    let guardian_id = guardian.primary().id;
    let actor = Actor::guardian("web", Some(guardian_id));
    let (found, for_tx) = (meeting.clone(), state.clone());
    let outcome = state
        .db(move |conn| write(conn, |tx| carry_out(tx, &for_tx, &found, &answer, actor)))
        .await?;
    match outcome {
        Outcome::Saved(saved) => Ok(Redirect::to(&format!(
            "/family/meetings/{}?saved={saved}",
            meeting.id
        ))
        .into_response()),
        Outcome::Refused(refused) => {
            let message = match refused {
                BookRefused::Taken | BookRefused::NotOffered => tr.t("error-meeting-slot-taken"),
                BookRefused::Past => tr.t("error-meeting-slot-past"),
                BookRefused::Closed(current) => {
                    let mut args = FluentArgs::new();
                    args.set("state", tr.t(&format!("meeting-state-{}", current.code())));
                    tr.args("error-meeting-closed", &args)
                }
            };
            errors.add("slot", message);
            let meeting = find(&state, &guardian, &id)?;
            let typed = Typed {
                slot: "",
                note: &typed_note,
            };
            let body = page(&state, &ctx, &meeting, &typed, None, &errors).await?;
            Ok((StatusCode::CONFLICT, body).into_response())
        }
    }
}

/// The booked meeting as a calendar file.
pub async fn ics(
    State(state): State<AppState>,
    ctx: Ctx,
    GuardianSession(guardian): GuardianSession,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let meeting = find(&state, &guardian, &id)?;
    let Some(slot) = meeting.booked.clone() else {
        return Err(AppError::not_found());
    };
    let text = calendar::meetings(
        &state,
        &state.catalogs.plain(ctx.locale),
        &[(meeting, slot)],
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"carnet-rendez-vous.ics\"",
            ),
        ],
        text,
    )
        .into_response())
}
