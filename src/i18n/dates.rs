//! Meeting times as each locale writes and says them, in the establishment's time zone.

use fluent_bundle::FluentArgs;
use jiff::Timestamp;
use jiff::civil::DateTime;

use super::Tr;
use crate::domain::schedule::{DEFAULT_TIME_ZONE, time_zone};

fn local(at: i64) -> DateTime {
    Timestamp::from_second(at)
        .unwrap_or(Timestamp::UNIX_EPOCH)
        .to_zoned_datetime(time_zone(DEFAULT_TIME_ZONE))
        .datetime()
}

fn common(local: DateTime) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("day", local.day().to_string());
    args.set("time", local.strftime("%H:%M").to_string());
    args
}

/// "lundi 7 décembre à 17:00": for pages and the voice.
pub fn slot_long(tr: &Tr, at: i64) -> String {
    let local = local(at);
    let mut args = common(local);
    let weekday = local.weekday().to_monday_one_offset();
    args.set("weekday", tr.t(&format!("weekday-{weekday}")));
    args.set("month", tr.t(&format!("month-{}", local.month())));
    tr.args("slot-long", &args)
}

/// "lun. 7/12 17:00": for an SMS, where every character counts.
pub fn slot_short(tr: &Tr, at: i64) -> String {
    let local = local(at);
    let mut args = common(local);
    let weekday = local.weekday().to_monday_one_offset();
    args.set("weekday", tr.t(&format!("weekday-short-{weekday}")));
    args.set("month", local.month().to_string());
    tr.args("slot-short", &args)
}
