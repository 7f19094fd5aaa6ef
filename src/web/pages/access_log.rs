//! `/family/access`: who at school read or changed this family's data, and when.

use axum::extract::State;
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

use crate::AppState;
use crate::i18n::Tr;
use crate::store::audit::{self, AuditAction, AuditEntry};
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::session::GuardianSession;
use crate::web::views::layout;
use crate::web::views::time::format_timestamp;

fn entry_text(tr: &Tr, entry: &AuditEntry) -> String {
    let mut args = FluentArgs::new();
    args.set("date", format_timestamp(entry.at));
    match (&entry.action, &entry.staff) {
        (AuditAction::ReadContacts, Some((name, role))) => {
            args.set("name", name.clone());
            args.set("role", tr.t(&format!("role-{}", role.code())));
            tr.args("access-log-read-contacts", &args)
        }
        _ => tr.args("access-log-changed-settings", &args),
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    GuardianSession(guardian): GuardianSession,
) -> Result<Markup, AppError> {
    let tr = ctx.tr();
    let phone = guardian.phone.clone();
    let entries = state
        .db(move |conn| audit::entries_for_phone(conn, &phone, 100))
        .await?;
    Ok(layout::page(
        &ctx,
        &tr.t("access-log-title"),
        html! {
            p { (tr.t("access-log-intro")) }
            @if entries.is_empty() {
                p { (tr.t("access-log-empty")) }
            } @else {
                ul {
                    @for entry in &entries {
                        li { (entry_text(&tr, entry)) }
                    }
                }
            }
        },
    ))
}
