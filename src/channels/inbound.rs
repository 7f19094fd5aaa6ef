//! An SMS from a phone: stored, read (keyword or digit), acted on, answered in one transaction.

use rusqlite::Connection;

use super::absence_reply::{self, Answer};
use super::meeting_reply::{self, Speaker};
use super::menu::{Flows, perform};
use super::render_message;
use crate::domain::locale::Locale;
use crate::domain::reply::Reply;
use crate::i18n::Catalogs;
use crate::store::families::Guardian;
use crate::store::outbox::{self, Channel, NewDelivery};
use crate::store::{StoreResult, families, phones, write};

fn answer(
    tx: &Connection,
    catalogs: &Catalogs,
    to: &str,
    guardian: Option<&Guardian>,
    locale: Locale,
    messages: &[&str],
    confirms_opt_out: bool,
) -> StoreResult<()> {
    let text = messages
        .iter()
        .map(|id| render_message(catalogs, locale, Channel::Sms, id, &[]))
        .collect::<Vec<_>>()
        .join(" ");
    send(tx, to, guardian, locale, &text, confirms_opt_out)
}

fn send(
    tx: &Connection,
    to: &str,
    guardian: Option<&Guardian>,
    locale: Locale,
    text: &str,
    confirms_opt_out: bool,
) -> StoreResult<()> {
    outbox::enqueue(
        tx,
        &NewDelivery {
            establishment_id: guardian.map(|g| g.establishment_id),
            guardian_id: guardian.map(|g| g.id),
            channel: Channel::Sms,
            to_phone: to,
            body: text,
            locale: locale.code(),
            urgent: true,
            quiet_hours: None,
            confirms_opt_out,
        },
    )?;
    Ok(())
}

/// The SMS prompt of a state: it lists what the person may answer.
fn prompt<'f>(flows: &'f Flows, state: &str) -> &'f str {
    flows
        .menu
        .state(state)
        .map_or("menu-main", |s| s.prompt.as_str())
}

/// Records an incoming SMS and queues the answer in the same transaction.
pub fn receive_sms(
    conn: &mut Connection,
    catalogs: &Catalogs,
    flows: &Flows,
    from: &str,
    body: &str,
) -> StoreResult<()> {
    write(conn, |tx| {
        outbox::record_inbound(tx, from, Channel::Sms, body)?;
        let guardian = families::guardians_with_phone(tx, from)?.into_iter().next();
        let Some(guardian) = guardian else {
            return answer(
                tx,
                catalogs,
                from,
                None,
                Locale::Fr,
                &["reply-unknown-number"],
                false,
            );
        };
        let locale = guardian.preferences.locale();
        let g = Some(&guardian);
        let speaker = Speaker {
            catalogs,
            locale,
            channel: Channel::Sms,
        };
        let reply = |tx: &Connection, (id, args): Answer| {
            let text = render_message(catalogs, locale, Channel::Sms, id, &args);
            send(tx, from, g, locale, &text, false)
        };
        let state = phones::sms_state(tx, from)?
            .filter(|s| flows.menu.state(s).is_some())
            .unwrap_or_else(|| flows.menu.start_sms.clone());
        match flows.keywords.read(body) {
            Reply::Stop => {
                phones::set_sms_opt_out(tx, from, true)?;
                phones::open_mediator_task(tx, from, "opted_out")?;
                answer(tx, catalogs, from, g, locale, &["sms-stopped"], true)
            }
            Reply::Start => {
                phones::set_sms_opt_out(tx, from, false)?;
                answer(tx, catalogs, from, g, locale, &["sms-started"], false)
            }
            Reply::Help => answer(tx, catalogs, from, g, locale, &["menu-help"], false),
            Reply::Language(code) => match code
                .as_deref()
                .and_then(Locale::parse)
                .filter(|l| Locale::LANGUAGES.contains(l))
            {
                Some(chosen) => {
                    families::save_locale(tx, from, chosen)?;
                    answer(tx, catalogs, from, g, chosen, &["menu-language-set"], false)
                }
                None => answer(
                    tx,
                    catalogs,
                    from,
                    g,
                    locale,
                    &["sms-language-unknown"],
                    false,
                ),
            },
            Reply::Letter(letter)
                if let Some(answer) = meeting_reply::letter(tx, &speaker, from, body, letter)? =>
            {
                reply(tx, answer)
            }
            Reply::Digit('0')
                if let Some(answer) = meeting_reply::zero(tx, &speaker, from, body)? =>
            {
                reply(tx, answer)
            }
            Reply::Digit(digit)
                if let Some(answer) = absence_reply::apply(tx, from, body, digit, "sms")? =>
            {
                reply(tx, answer)
            }
            Reply::Digit(digit) => match flows.menu.option(&state, &digit.to_string()) {
                Some(option) => {
                    let step = perform(tx, from, locale, option)?;
                    let next = if flows
                        .menu
                        .state(&step.next)
                        .is_some_and(|s| s.action.is_some())
                    {
                        flows.menu.start_sms.clone()
                    } else {
                        step.next.clone()
                    };
                    phones::set_sms_state(tx, from, &next)?;
                    let mut said: Vec<&str> = step.said.clone();
                    if next != flows.menu.start_sms || said.is_empty() {
                        said.push(prompt(flows, &next));
                    }
                    answer(tx, catalogs, from, g, step.locale, &said, false)
                }
                None => answer(
                    tx,
                    catalogs,
                    from,
                    g,
                    locale,
                    &[prompt(flows, &state)],
                    false,
                ),
            },
            Reply::Letter(_) | Reply::Unclear => answer(
                tx,
                catalogs,
                from,
                g,
                locale,
                &[prompt(flows, &state)],
                false,
            ),
        }
    })
}
