//! Meetings from invitation to calendar: staff invite or open an evening, families answer on
//! the web, by SMS letter or on the keypad, one booking per slot, changes told, calendars.

use axum::http::StatusCode;
use carnet::channels::twiml::hear;
use carnet::domain::locale::Locale;
use carnet::store::outbox::Channel;

use crate::absences::{pupil, roll_call, signal_now};
use crate::support::{Client, TestApp};

/// A school day `days` from today, as `<input type=date>` sends it.
fn day_in(days: i64) -> String {
    let zone = jiff::tz::TimeZone::get("Europe/Paris").expect("zone");
    let today = jiff::Timestamp::now().to_zoned_datetime(zone).date();
    today
        .checked_add(jiff::Span::new().days(days))
        .expect("date")
        .to_string()
}

fn rendered(
    app: &TestApp,
    locale: Locale,
    channel: Channel,
    id: &str,
    args: &[(&str, String)],
) -> String {
    carnet::channels::render_message(&app.state.catalogs, locale, channel, id, args)
}

/// Invites the guardians of a pupil with slots at 17:00 and 17:30, 7 days from today.
async fn invite(app: &TestApp, staff: &mut Client<'_>, first: &str, last: &str) -> i64 {
    let (class_id, pupil_id) = pupil(app, first, last);
    let form = [
        ("host", host(app)),
        ("class", class_id.to_string()),
        ("pupil", pupil_id.to_string()),
        ("purpose", "Bilan du trimestre".to_string()),
        ("place", "Salle 12".to_string()),
        ("duration", "30".to_string()),
        ("slot-A-date", day_in(7)),
        ("slot-A-time", "17:00".to_string()),
        ("slot-B-date", day_in(7)),
        ("slot-B-time", "17:30".to_string()),
    ];
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sent = staff.post("/staff/meetings/new", &pairs).await;
    assert_eq!(
        sent.location(),
        "/staff/meetings?done=sent",
        "{}",
        sent.body
    );
    app.conn()
        .query_row(
            "SELECT id FROM meetings WHERE pupil_id = ?1 ORDER BY id DESC LIMIT 1",
            [pupil_id],
            |r| r.get(0),
        )
        .expect("meeting")
}

fn reference(app: &TestApp, meeting: i64) -> String {
    app.conn()
        .query_row(
            "SELECT reference FROM meetings WHERE id = ?1",
            [meeting],
            |r| r.get(0),
        )
        .expect("reference")
}

fn slot_ids(app: &TestApp, meeting: i64) -> Vec<i64> {
    let conn = app.conn();
    let mut stmt = conn
        .prepare("SELECT slot_id FROM meeting_offers WHERE meeting_id = ?1 ORDER BY letter")
        .expect("offers");
    stmt.query_map([meeting], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("rows")
}

/// The teacher the family will meet.
fn host(app: &TestApp) -> String {
    app.count("SELECT id FROM staff WHERE username = 'prof'")
        .to_string()
}

fn national(e164: &str) -> String {
    format!("0{}", &e164[3..])
}

#[tokio::test]
async fn staff_input_is_checked_whole_before_anything_is_written() {
    let app = TestApp::demo();
    let (class_id, lea) = pupil(&app, "Léa", "Martin");
    let mut prof = app.staff("prof").await;
    let form = prof
        .get(&format!("/staff/meetings/new?class={class_id}"))
        .await;
    assert!(form.body.contains("Léa Martin"));
    let long = "x".repeat(81);
    let huge_id = "9".repeat(30);
    let yesterday = day_in(-1);
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (
            vec![("pupil", &huge_id)],
            "Choisissez un élève de cette classe.",
        ),
        (
            vec![("purpose", &long), ("place", " "), ("duration", "0")],
            "Écrivez pourquoi en 80 caractères au plus.",
        ),
        (
            vec![("duration", "abc")],
            "Choisissez une durée entre 5 et 240 minutes.",
        ),
        (
            vec![("slot-A-date", &yesterday), ("slot-A-time", "17:00")],
            "Donnez de 1 à 4 créneaux à venir",
        ),
        (
            vec![("slot-A-date", "2026-02-30"), ("slot-A-time", "17:00")],
            "Donnez de 1 à 4 créneaux à venir",
        ),
        (
            vec![("slot-A-time", "17:00")],
            "Donnez de 1 à 4 créneaux à venir",
        ),
        (
            vec![("interpreter", "klingon")],
            "Choisissez une langue de la liste.",
        ),
    ];
    let class = class_id.to_string();
    let pupil_id = lea.to_string();
    let teacher = host(&app);
    for (overrides, message) in cases {
        let mut fields: Vec<(&str, &str)> = vec![
            ("host", &teacher),
            ("class", &class),
            ("pupil", &pupil_id),
            ("purpose", "<b>Bilan</b>"),
            ("place", "Salle 12"),
            ("duration", "30"),
        ];
        for (name, value) in overrides {
            fields.retain(|(n, _)| *n != name);
            fields.push((name, value));
        }
        let refused = prof.post("/staff/meetings/new", &fields).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{message}"
        );
        assert!(refused.body.contains(message), "{message}");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meetings"),
        0,
        "nothing half-written"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox"), 0);
    let mut mediator = app.staff("mediateur").await;
    assert_eq!(
        mediator.get("/staff/meetings/new").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_family_books_on_the_web_and_imports_the_meeting_into_a_calendar() {
    let app = TestApp::demo();
    let mut prof = app.staff("prof").await;
    let meeting = invite(&app, &mut prof, "Léa", "Martin").await;
    let reference = reference(&app, meeting);
    let (_, invitation) = app.last_message_to("+33639980001").expect("invitation");
    assert!(
        invitation.contains("A ") && invitation.contains("B ") && invitation.contains(&reference),
        "{invitation}"
    );
    assert!(
        !invitation.contains("Martin") && !invitation.contains("Bilan"),
        "first name only: {invitation}"
    );
    let mut claire = app.guardian("06 39 98 00 01", "+33639980001").await;
    let home = claire.get("/family").await;
    assert!(home.body.contains(&format!("/family/meetings/{meeting}")));
    let page = claire.get(&format!("/family/meetings/{meeting}")).await;
    assert_eq!(page.texts("input[name=slot]").len(), 2);
    assert!(page.body.contains("17:30"));
    let missing = claire
        .post(
            &format!("/family/meetings/{meeting}"),
            &[("action", "book")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("Choisissez un créneau."));
    let slots = slot_ids(&app, meeting);
    let booked = claire
        .post(
            &format!("/family/meetings/{meeting}"),
            &[("action", "book"), ("slot", &slots[1].to_string())],
        )
        .await;
    assert_eq!(
        booked.location(),
        format!("/family/meetings/{meeting}?saved=booked")
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM meeting_slots WHERE booked_by = {meeting} AND id = {}",
            slots[1]
        )),
        1
    );
    let (_, confirmation) = app.last_message_to("+33639980001").expect("confirmation");
    assert!(
        confirmation.contains("17:30") && confirmation.contains(&reference),
        "{confirmation}"
    );

    let file = claire
        .get(&format!("/family/meetings/{meeting}/calendar.ics"))
        .await;
    assert_eq!(file.status, StatusCode::OK);
    assert!(
        file.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let mut parser = ical::IcalParser::new(file.body.as_bytes());
    let calendar = parser.next().expect("a calendar").expect("parses");
    assert!(parser.next().is_none());
    assert_eq!(calendar.events.len(), 1);
    assert_eq!(calendar.timezones.len(), 1, "Europe/Paris spelled out");
    let property = |name: &str| {
        calendar.events[0]
            .properties
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name}"))
            .clone()
    };
    let start = property("DTSTART");
    assert_eq!(
        start.value.as_deref(),
        Some(format!("{}T173000", day_in(7).replace('-', "")).as_str())
    );
    assert!(format!("{:?}", start.params).contains("Europe/Paris"));
    let uid = property("UID").value.expect("uid");
    assert!(uid.starts_with(&format!("meeting-{meeting}@")), "{uid}");
    assert_eq!(property("STATUS").value.as_deref(), Some("CONFIRMED"));
    assert_eq!(property("LOCATION").value.as_deref(), Some("Salle 12"));
    let first_sequence: i64 = property("SEQUENCE").value.unwrap().parse().unwrap();

    let mut stranger = app.guardian("06 39 98 00 03", "+33639980003").await;
    assert_eq!(
        stranger
            .get(&format!("/family/meetings/{meeting}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        stranger
            .get(&format!("/family/meetings/{meeting}/calendar.ics"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // The school moves it: the family is told, the calendar updates the same event.
    let moved = prof
        .post(
            &format!("/staff/meetings/{meeting}/move"),
            &[
                (&format!("move-{meeting}-date") as &str, day_in(8).as_str()),
                (&format!("move-{meeting}-time"), "08:15"),
            ],
        )
        .await;
    assert_eq!(moved.location(), "/staff/meetings?done=moved");
    let (_, told) = app.last_message_to("+33639980001").expect("moved");
    assert!(told.contains("08:15"), "{told}");
    let file = claire
        .get(&format!("/family/meetings/{meeting}/calendar.ics"))
        .await;
    let calendar = ical::IcalParser::new(file.body.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let sequence: i64 = calendar.events[0]
        .properties
        .iter()
        .find(|p| p.name == "SEQUENCE")
        .and_then(|p| p.value.clone())
        .unwrap()
        .parse()
        .unwrap();
    assert!(sequence > first_sequence, "SEQUENCE rises on change");
    assert!(file.body.contains(&format!("UID:{uid}\r\n")), "same UID");
    let bad_move = prof
        .post(
            &format!("/staff/meetings/{meeting}/move"),
            &[(&format!("move-{meeting}-date") as &str, "yesterday")],
        )
        .await;
    assert_eq!(bad_move.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn two_families_racing_for_the_last_slot_get_one_booking() {
    let app = TestApp::demo();
    let (class_id, _) = pupil(&app, "Léa", "Martin");
    let mut prof = app.staff("prof").await;
    let date = day_in(9);
    let opened = prof
        .post(
            "/staff/evenings/new",
            &[
                ("host", &host(&app)),
                ("class", &class_id.to_string()),
                ("purpose", "Réunion de rentrée"),
                ("place", "CDI"),
                ("duration", "15"),
                ("date", &date),
                ("time", "18:00"),
                ("end", "18:15"),
            ],
        )
        .await;
    assert!(
        opened.location().starts_with("/staff/evenings/"),
        "{}",
        opened.body
    );
    let families: Vec<(i64, String)> = {
        let conn = app.conn();
        let mut stmt = conn
            .prepare(
                "SELECT m.id, MIN(g.mobile) FROM meetings m JOIN guardian_pupils gp ON gp.pupil_id = m.pupil_id
                 JOIN guardians g ON g.id = gp.guardian_id WHERE g.mobile IS NOT NULL
                 GROUP BY m.id ORDER BY m.id LIMIT 2",
            )
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(families.len(), 2);
    let slot: i64 = app.count("SELECT id FROM meeting_slots");
    let mut first = app
        .guardian(&national(&families[0].1), &families[0].1)
        .await;
    let mut second = app
        .guardian(&national(&families[1].1), &families[1].1)
        .await;
    let (a_path, b_path) = (
        format!("/family/meetings/{}", families[0].0),
        format!("/family/meetings/{}", families[1].0),
    );
    let slot_text = slot.to_string();
    let form = [("action", "book"), ("slot", slot_text.as_str())];
    let (a, b) = tokio::join!(first.post(&a_path, &form), second.post(&b_path, &form));
    let statuses = [a.status, b.status];
    assert!(statuses.contains(&StatusCode::SEE_OTHER), "{statuses:?}");
    assert!(statuses.contains(&StatusCode::CONFLICT), "{statuses:?}");
    let loser = if a.status == StatusCode::CONFLICT {
        &a
    } else {
        &b
    };
    let taken_said = Locale::ALL.iter().any(|locale| {
        let message = app
            .state
            .catalogs
            .html(*locale)
            .t("error-meeting-slot-taken");
        loser.body.contains(&message)
    });
    assert!(taken_said, "a clear answer, in the family's language");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_slots WHERE booked_by IS NOT NULL"),
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meetings WHERE state = 'booked'"),
        1
    );
    let grid = prof.get(opened.location()).await;
    assert!(grid.body.contains("18:00"));
}

#[tokio::test]
async fn a_turkish_family_books_by_sms_letter_and_wrong_letters_get_help() {
    let app = TestApp::demo();
    let mut prof = app.staff("prof").await;
    let meeting = invite(&app, &mut prof, "Emre", "Yılmaz").await;
    let reference = reference(&app, meeting);
    let phone: String = app
        .conn()
        .query_row(
            "SELECT mobile FROM guardians WHERE first_name = 'Ayşe'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let (_, invitation) = app.last_message_to(&phone).expect("invitation");
    assert!(invitation.contains(&reference));
    let sms_cost = carnet::domain::sms_segments::cost(&invitation);
    assert!(sms_cost.segments <= 2, "{invitation}");
    let simulator = format!("/simulator/{}", &phone[1..]);
    let mut handset = app.client();
    handset.post(&simulator, &[("body", "d")]).await;
    let (_, unknown) = app.last_message_to(&phone).unwrap();
    assert_eq!(
        unknown,
        rendered(
            &app,
            Locale::Tr,
            Channel::Sms,
            "meeting-letter-unknown",
            &[
                ("first", "Emre".into()),
                ("ref", reference.clone()),
                ("letter", "D".into()),
                ("letters", "A, B".into())
            ]
        )
    );
    handset.post(&simulator, &[("body", "b teşekkürler")]).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meetings WHERE state = 'booked'"),
        1
    );
    let (_, booked) = app.last_message_to(&phone).unwrap();
    assert!(
        booked.contains("17:30") && booked.contains(&reference),
        "{booked}"
    );
    let expected_start = rendered(
        &app,
        Locale::Tr,
        Channel::Sms,
        "meeting-booked",
        &[
            ("first", "Emre".into()),
            ("ref", reference.clone()),
            ("slot", String::new()),
        ],
    );
    let prefix: String = expected_start.chars().take(6).collect();
    assert!(booked.starts_with(&prefix), "in Turkish: {booked}");
    prof.post(&format!("/staff/meetings/{meeting}/cancel"), &[])
        .await;
    let (_, cancelled) = app.last_message_to(&phone).unwrap();
    assert!(cancelled.contains(&reference), "{cancelled}");
    handset.post(&simulator, &[("body", "A")]).await;
    let (_, settled) = app.last_message_to(&phone).unwrap();
    assert_eq!(
        settled,
        rendered(
            &app,
            Locale::Tr,
            Channel::Sms,
            "meeting-settled",
            &[("first", "Emre".into()), ("ref", reference.clone())]
        ),
        "a reply to a cancelled meeting is answered politely"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meetings WHERE state = 'cancelled'"),
        1
    );
}

#[tokio::test]
async fn a_zero_with_an_absence_and_a_meeting_both_waiting_is_never_guessed() {
    let app = TestApp::demo();
    let mut cpe = app.staff("cpe").await;
    let (class_id, yasmine) = pupil(&app, "Yasmine", "Haddad");
    roll_call(&mut cpe, class_id, "am", &[(yasmine, "absent")]).await;
    signal_now(&app);
    let meeting = invite(&app, &mut cpe, "Adam", "Haddad").await;
    let meeting_ref = reference(&app, meeting);
    let mut handset = app.client();
    handset
        .post("/simulator/33639980003", &[("body", "0")])
        .await;
    let (_, asked) = app.last_message_to("+33639980003").unwrap();
    assert!(
        asked.contains(&meeting_ref),
        "asks which, naming both: {asked}"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meetings WHERE state = 'invited'"),
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absence_events WHERE detail = 'at_school'"),
        0
    );
    handset
        .post(
            "/simulator/33639980003",
            &[("body", &format!("0 {}", meeting_ref.to_lowercase()))],
        )
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meetings WHERE state = 'declined'"),
        1
    );
    let (_, declined) = app.last_message_to("+33639980003").unwrap();
    assert!(
        declined.contains("Adam") && declined.contains(&meeting_ref),
        "names what it applied to: {declined}"
    );
    handset
        .post("/simulator/33639980003", &[("body", "0")])
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absence_events WHERE detail = 'at_school'"),
        1,
        "with only the absence left, 0 is the absence's"
    );
}

#[tokio::test]
async fn the_landline_family_books_on_the_keypad_with_dates_spoken_in_arabic() {
    let app = TestApp::demo();
    let mut cpe = app.staff("cpe").await;
    let meeting = invite(&app, &mut cpe, "Rayan", "Benali").await;
    app.state
        .voice(|v, tx| v.incoming(tx, "CA-meeting", "+33199000005"))
        .await
        .unwrap();
    let twiml = app
        .state
        .voice(|v, tx| v.gather(tx, "CA-meeting", Some("2580#")))
        .await
        .unwrap();
    let said = hear(&twiml).said.join(" ");
    let slot_b = app.count(&format!("SELECT starts_at FROM meeting_slots WHERE meeting_id = {meeting} ORDER BY starts_at LIMIT 1 OFFSET 1"));
    let spoken = carnet::i18n::dates::slot_long(&app.state.catalogs.plain(Locale::Ar), slot_b);
    assert!(
        said.contains(&rendered(
            &app,
            Locale::Ar,
            Channel::Voice,
            "menu-slot-option",
            &[("digit", "2".into()), ("slot", spoken.clone())]
        )),
        "slot B is key 2, its date spoken in Arabic: {said}"
    );
    let twiml = app
        .state
        .voice(|v, tx| v.gather(tx, "CA-meeting", Some("2")))
        .await
        .unwrap();
    let said = hear(&twiml).said.join(" ");
    assert!(said.contains(&spoken), "confirmed with its date: {said}");
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM meeting_slots WHERE booked_by = {meeting} AND starts_at = {slot_b}")),
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_events WHERE channel = 'voice' AND state = 'booked' AND actor_guardian_id IS NOT NULL"),
        1
    );
}

#[tokio::test]
async fn a_cancelled_slot_tells_its_family_and_the_feed_marks_the_meeting_cancelled() {
    let app = TestApp::demo();
    let (class_id, _) = pupil(&app, "Léa", "Martin");
    let mut prof = app.staff("prof").await;
    let opened = prof
        .post(
            "/staff/evenings/new",
            &[
                ("host", &host(&app)),
                ("class", &class_id.to_string()),
                ("purpose", "Réunion"),
                ("place", "CDI"),
                ("duration", "10"),
                ("date", &day_in(10)),
                ("time", "17:00"),
                ("end", "17:30"),
            ],
        )
        .await;
    let evening = opened.location().to_string();
    assert_eq!(app.count("SELECT COUNT(*) FROM meeting_slots"), 3);
    let meeting: i64 = app
        .conn()
        .query_row(
            "SELECT m.id FROM meetings m JOIN pupils p ON p.id = m.pupil_id WHERE p.first_name = 'Léa'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let mut handset = app.client();
    handset
        .post("/simulator/33639980001", &[("body", "A")])
        .await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM meetings WHERE id = {meeting} AND state = 'booked'"
        )),
        1
    );
    let mut claire = app.guardian("06 39 98 00 01", "+33639980001").await;
    let calendar_page = claire.get("/family/calendar").await;
    let address = calendar_page
        .texts("p.address a")
        .first()
        .expect("feed address")
        .clone();
    let feed = address[address.find("/calendar/").expect("feed path")..].to_string();
    let before = app.client().get(&feed).await;
    assert_eq!(before.status, StatusCode::OK);
    assert!(before.body.contains("STATUS:CONFIRMED"));
    let grid = prof.get(&evening).await;
    assert!(
        grid.body.contains("Léa Martin"),
        "the teacher sees the grid"
    );
    let slot: i64 = app.count(&format!(
        "SELECT id FROM meeting_slots WHERE booked_by = {meeting}"
    ));
    let evening_id = evening
        .trim_start_matches("/staff/evenings/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let cancelled = prof
        .post(
            &format!("/staff/evenings/{evening_id}/slots/{slot}/cancel"),
            &[],
        )
        .await;
    assert!(cancelled.location().contains("slot-cancelled"));
    let (_, told) = app.last_message_to("+33639980001").unwrap();
    assert!(told.contains("Léa") || told.contains("Lea"), "{told}");
    assert!(
        told.contains("B "),
        "the free slots again, with letters: {told}"
    );
    let after = app.client().get(&feed).await;
    let parsed = ical::IcalParser::new(after.body.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let status = parsed.events[0]
        .properties
        .iter()
        .find(|p| p.name == "STATUS")
        .unwrap();
    assert_eq!(status.value.as_deref(), Some("CANCELLED"));
    claire.post("/family/calendar", &[]).await;
    assert_eq!(
        app.client().get(&feed).await.status,
        StatusCode::NOT_FOUND,
        "a reset address makes the old one useless"
    );
    assert_eq!(
        app.client().get("/calendar/not-a-token.ics").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn reminders_go_the_day_before_once_and_a_past_slot_is_refused() {
    let app = TestApp::demo();
    let mut prof = app.staff("prof").await;
    let meeting = invite(&app, &mut prof, "Léa", "Martin").await;
    let slots = slot_ids(&app, meeting);
    let mut claire = app.guardian("06 39 98 00 01", "+33639980001").await;
    let soon = carnet::store::now() + 20 * 3600;
    app.conn()
        .execute(
            "UPDATE meeting_slots SET starts_at = ?1 WHERE id = ?2",
            [soon, slots[0]],
        )
        .unwrap();
    app.conn()
        .execute(
            "UPDATE meeting_slots SET starts_at = ?1 WHERE id = ?2",
            [carnet::store::now() - 60, slots[1]],
        )
        .unwrap();
    let past = claire
        .post(
            &format!("/family/meetings/{meeting}"),
            &[("action", "book"), ("slot", &slots[1].to_string())],
        )
        .await;
    assert_eq!(past.status, StatusCode::CONFLICT);
    assert!(
        past.body.contains("Ce créneau est déjà passé"),
        "a slot in the past has its own answer"
    );
    claire
        .post(
            &format!("/family/meetings/{meeting}"),
            &[("action", "book"), ("slot", &slots[0].to_string())],
        )
        .await;
    let before = app.count("SELECT COUNT(*) FROM outbox");
    let reminded = carnet::channels::meeting_notice::remind_due(
        &mut app.conn(),
        &app.state.catalogs,
        carnet::store::now(),
    )
    .unwrap();
    assert_eq!(reminded, 1);
    assert!(app.count("SELECT COUNT(*) FROM outbox") > before);
    let expected = rendered(
        &app,
        Locale::Fr,
        Channel::Sms,
        "meeting-reminder",
        &[
            ("first", "Léa".into()),
            ("ref", reference(&app, meeting)),
            (
                "slot",
                carnet::i18n::dates::slot_short(&app.state.catalogs.plain(Locale::Fr), soon),
            ),
        ],
    );
    assert_eq!(app.last_message_to("+33639980001").unwrap().1, expected);
    assert_eq!(
        app.count("SELECT quiet_start IS NOT NULL AND urgent = 0 FROM outbox WHERE to_phone = '+33639980001' ORDER BY id DESC LIMIT 1"),
        1,
        "a reminder waits out the family's quiet hours"
    );
    assert_eq!(
        carnet::channels::meeting_notice::remind_due(
            &mut app.conn(),
            &app.state.catalogs,
            carnet::store::now()
        )
        .unwrap(),
        0,
        "once"
    );
}

#[tokio::test]
async fn a_family_asks_for_an_interpreter_and_mediators_see_it() {
    let app = TestApp::demo();
    let mut cpe = app.staff("cpe").await;
    let meeting = invite(&app, &mut cpe, "Yasmine", "Haddad").await;
    assert_eq!(
        app.count(&format!(
            "SELECT host_staff_id FROM meetings WHERE id = {meeting}"
        ))
        .to_string(),
        host(&app),
        "the CPE sets up a meeting with the teacher"
    );
    assert_eq!(
        app.count("SELECT actor_staff_id FROM meeting_events ORDER BY id LIMIT 1"),
        app.count("SELECT id FROM staff WHERE username = 'cpe'"),
        "the trail says who invited"
    );
    let mut karima = app.guardian("06 39 98 00 03", "+33639980003").await;
    let asked = karima
        .post(
            &format!("/family/meetings/{meeting}"),
            &[("action", "interpreter")],
        )
        .await;
    assert_eq!(
        asked.location(),
        format!("/family/meetings/{meeting}?saved=interpreter")
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meetings WHERE interpreter_language = 'ar'"),
        1
    );
    let other = karima
        .post(
            &format!("/family/meetings/{meeting}"),
            &[("action", "other"), ("note", &"x".repeat(301))],
        )
        .await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    let other = karima
        .post(
            &format!("/family/meetings/{meeting}"),
            &[("action", "other"), ("note", "mercredi après 16 h")],
        )
        .await;
    assert_eq!(
        other.location(),
        format!("/family/meetings/{meeting}?saved=other")
    );
    assert_eq!(
        karima
            .post(
                &format!("/family/meetings/{meeting}"),
                &[("action", "dance")]
            )
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let mut mediator = app.staff("mediateur").await;
    let list = mediator.get("/staff/help-requests").await;
    assert_eq!(list.status, StatusCode::OK);
    let need = list.texts("tbody td");
    assert!(
        need.iter()
            .any(|t| t.contains("Interprète en") && t.contains("arabe")),
        "{need:?}"
    );
    assert!(
        !list.body.contains("Haddad"),
        "first name only for mediators"
    );
    let staff_list = cpe.get("/staff/meetings").await;
    assert!(
        staff_list.body.contains("mercredi après 16 h"),
        "the family's message reaches the school"
    );
    assert!(staff_list.body.contains("autre horaire demandé"));
}

#[tokio::test]
async fn a_call_keeps_the_letters_of_the_sms_so_a_key_never_names_another_slot() {
    let app = TestApp::demo();
    let (class_id, _) = pupil(&app, "Rayan", "Benali");
    let mut prof = app.staff("prof").await;
    prof.post(
        "/staff/evenings/new",
        &[
            ("host", &host(&app)),
            ("class", &class_id.to_string()),
            ("purpose", "Réunion"),
            ("place", "CDI"),
            ("duration", "15"),
            ("date", &day_in(7)),
            ("time", "17:00"),
            ("end", "17:45"),
        ],
    )
    .await;
    let ayse: String = app
        .conn()
        .query_row(
            "SELECT mobile FROM guardians WHERE first_name = 'Ayşe'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    app.client()
        .post(&format!("/simulator/{}", &ayse[1..]), &[("body", "A")])
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_slots WHERE booked_by IS NOT NULL"),
        1
    );
    app.state
        .voice(|v, tx| v.incoming(tx, "CA-keys", "+33199000005"))
        .await
        .unwrap();
    let said = hear(
        &app.state
            .voice(|v, tx| v.gather(tx, "CA-keys", Some("2580#")))
            .await
            .unwrap(),
    )
    .said
    .join(" ");
    let starts: Vec<i64> = {
        let conn = app.conn();
        let mut stmt = conn
            .prepare("SELECT starts_at FROM meeting_slots ORDER BY starts_at")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let option = |digit: &str, at: i64| {
        let slot = carnet::i18n::dates::slot_long(&app.state.catalogs.plain(Locale::Ar), at);
        rendered(
            &app,
            Locale::Ar,
            Channel::Voice,
            "menu-slot-option",
            &[("digit", digit.into()), ("slot", slot)],
        )
    };
    assert!(
        !said.contains(&option("1", starts[0])),
        "slot A is taken: {said}"
    );
    assert!(
        said.contains(&option("2", starts[1])),
        "B stays key 2, as in the SMS: {said}"
    );
    app.state
        .voice(|v, tx| v.gather(tx, "CA-keys", Some("1")))
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_slots WHERE booked_by IS NOT NULL"),
        1,
        "key 1 names a taken slot: nothing booked"
    );
    app.state
        .voice(|v, tx| v.gather(tx, "CA-keys", Some("2")))
        .await
        .unwrap();
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM meeting_slots WHERE booked_by IS NOT NULL AND starts_at = {}",
            starts[1]
        )),
        1
    );
}

#[tokio::test]
async fn wrong_evenings_and_foreign_slots_are_refused_with_nothing_written() {
    let app = TestApp::demo();
    let (class_id, _) = pupil(&app, "Léa", "Martin");
    let mut prof = app.staff("prof").await;
    let class = class_id.to_string();
    let date = day_in(9);
    let teacher = host(&app);
    let base = [
        ("host", teacher.as_str()),
        ("class", class.as_str()),
        ("purpose", "Réunion"),
        ("place", "CDI"),
        ("duration", "10"),
        ("date", date.as_str()),
        ("time", "17:00"),
        ("end", "19:00"),
    ];
    let yesterday = day_in(-1);
    for (name, value) in [
        ("class", "999"),
        ("date", ""),
        ("date", yesterday.as_str()),
        ("end", "16:00"),
        ("duration", "5"),
        ("time", "25:61"),
    ] {
        let mut form = base.to_vec();
        form.retain(|(n, _)| *n != name);
        form.push((name, value));
        if name == "duration" {
            form.retain(|(n, _)| *n != "time");
            form.push(("time", "08:00"));
            form.retain(|(n, _)| *n != "end");
            form.push(("end", "20:00"));
        }
        let refused = prof.post("/staff/evenings/new", &form).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{name}={value}"
        );
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM evenings"), 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings"), 0);

    let lea = invite(&app, &mut prof, "Léa", "Martin").await;
    let hugo = invite(&app, &mut prof, "Hugo", "Martin").await;
    let foreign = slot_ids(&app, hugo)[0];
    let mut claire = app.guardian("06 39 98 00 01", "+33639980001").await;
    let refused = claire
        .post(
            &format!("/family/meetings/{lea}"),
            &[("action", "book"), ("slot", &foreign.to_string())],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::CONFLICT,
        "a slot of another meeting"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_slots WHERE booked_by IS NOT NULL"),
        0
    );
    assert_eq!(
        prof.post(&format!("/staff/meetings/{lea}/cancel"), &[])
            .await
            .location(),
        "/staff/meetings?done=cancelled"
    );
    let again = prof
        .post(&format!("/staff/meetings/{lea}/cancel"), &[])
        .await;
    assert_eq!(
        again.status,
        StatusCode::CONFLICT,
        "a cancelled meeting stays cancelled"
    );
    let said = again
        .texts(".error-summary li")
        .join(" ")
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        said.contains("Ce rendez-vous est « annulé »"),
        "said in words: {said}"
    );
    let closed = claire
        .post(&format!("/family/meetings/{lea}"), &[("action", "decline")])
        .await;
    assert_eq!(closed.status, StatusCode::CONFLICT);
    assert!(closed.body.contains("annulé"));
    let mut other_school_staff = app.staff("mediateur").await;
    assert_eq!(
        other_school_staff
            .post(&format!("/staff/meetings/{hugo}/cancel"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
