//! The absence loop from roll call to validation: hold, correction, one notice per pupil
//! and day, the board, and moves refused with a reason.

use axum::http::StatusCode;
use carnet::channels::absence_notice::signal_due_absences;

use crate::support::{Client, TestApp};

/// The class of a pupil and the pupil's id, by first and last name.
pub fn pupil(app: &TestApp, first: &str, last: &str) -> (i64, i64) {
    app.conn()
        .query_row(
            "SELECT class_id, id FROM pupils WHERE first_name = ?1 AND last_name = ?2",
            [first, last],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("pupil")
}

pub async fn roll_call(
    client: &mut Client<'_>,
    class_id: i64,
    half: &str,
    marks: &[(i64, &str)],
) -> crate::support::Response {
    let mut form: Vec<(String, String)> = vec![("half".into(), half.into())];
    form.extend(
        marks
            .iter()
            .map(|(id, mark)| (format!("mark-{id}"), mark.to_string())),
    );
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    client
        .post(&format!("/staff/classes/{class_id}/roll-call"), &pairs)
        .await
}

pub fn signal_now(app: &TestApp) -> usize {
    signal_due_absences(
        &mut app.conn(),
        &app.state.catalogs,
        carnet::store::now() + 24 * 3600,
    )
    .expect("signal")
}

#[tokio::test]
async fn a_roll_call_holds_absences_and_a_correction_sends_nothing() {
    let app = TestApp::demo();
    let (class_id, lea) = pupil(&app, "Léa", "Martin");
    let mut cpe = app.staff("cpe").await;
    let page = cpe
        .get(&format!("/staff/classes/{class_id}/roll-call"))
        .await;
    let checked = page.texts("input[value=present][checked]").len();
    assert_eq!(
        checked,
        app.count(&format!(
            "SELECT COUNT(*) FROM pupils WHERE class_id = {class_id}"
        )) as usize,
        "everyone present by default"
    );
    let saved = roll_call(&mut cpe, class_id, "am", &[(lea, "absent")]).await;
    assert_eq!(saved.location(), "/staff/absences?recorded=1");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences WHERE state = 'held'"),
        1
    );
    roll_call(&mut cpe, class_id, "am", &[(lea, "late")]).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences WHERE state = 'cancelled' AND kind = 'late'"),
        1
    );
    assert_eq!(
        signal_now(&app),
        0,
        "a corrected absence is never signalled"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox"), 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absence_events"),
        2,
        "every move is in the trail"
    );
}

#[tokio::test]
async fn one_notice_per_pupil_and_day_to_each_guardian_with_first_name_and_reference_only() {
    let app = TestApp::demo();
    let (class_id, yasmine) = pupil(&app, "Yasmine", "Haddad");
    let mut cpe = app.staff("cpe").await;
    roll_call(&mut cpe, class_id, "am", &[(yasmine, "absent")]).await;
    roll_call(&mut cpe, class_id, "pm", &[(yasmine, "absent")]).await;
    assert_eq!(signal_now(&app), 1, "two half-days, one notice");
    let messages: Vec<(String, String)> = {
        let conn = app.conn();
        let mut stmt = conn
            .prepare("SELECT to_phone, body FROM outbox ORDER BY id")
            .expect("query");
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("rows")
    };
    assert_eq!(
        messages.len(),
        2,
        "both parents receive notices: {messages:?}"
    );
    let reference: String = app
        .conn()
        .query_row(
            "SELECT reference FROM absences ORDER BY half_day LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("ref");
    for (_, body) in &messages {
        assert!(
            body.contains("Yasmine") && body.contains(&reference),
            "{body}"
        );
        assert!(!body.contains("Haddad"), "never a surname: {body}");
        assert!(
            body.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "in Arabic: {body}"
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences WHERE state = 'signalled'"),
        2
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM absence_deliveries"), 4);
    assert_eq!(signal_now(&app), 0, "signalled once");
}

#[tokio::test]
async fn the_board_shows_states_in_words_and_validation_is_one_action() {
    let app = TestApp::demo();
    let (class_id, hugo) = pupil(&app, "Hugo", "Martin");
    let mut cpe = app.staff("cpe").await;
    roll_call(&mut cpe, class_id, "am", &[(hugo, "absent")]).await;
    let board = cpe.get("/staff/absences").await;
    assert!(
        board.body.contains("Hugo Martin") && board.body.contains("en attente"),
        "{}",
        board.body
    );
    signal_now(&app);
    let id: i64 = app
        .conn()
        .query_row("SELECT id FROM absences", [], |r| r.get(0))
        .expect("absence");
    let early = cpe
        .post(&format!("/staff/absences/{id}/validate"), &[])
        .await;
    assert_eq!(
        early.status,
        StatusCode::CONFLICT,
        "nothing to validate before a reason"
    );
    assert!(
        early.body.contains("signalée à la famille"),
        "the refusal says why"
    );
    app.conn()
        .execute(
            "UPDATE absences SET state = 'reason_given', reason = 'child_illness' WHERE id = ?1",
            [id],
        )
        .expect("reason");
    let board = cpe.get("/staff/absences").await;
    assert!(
        board.body.contains("Maladie de l'enfant")
            && board.body.contains("SMS, en attente d'envoi"),
        "{}",
        board.body
    );
    assert_eq!(
        cpe.post(&format!("/staff/absences/{id}/validate"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences WHERE state = 'validated'"),
        1
    );
    assert_eq!(
        cpe.post(&format!("/staff/absences/{id}/refuse"), &[])
            .await
            .status,
        StatusCode::CONFLICT,
        "settled"
    );
    assert_eq!(
        cpe.post("/staff/absences/99999/validate", &[]).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn bad_roll_calls_are_refused_whole_and_outsiders_cannot_call_the_roll() {
    let app = TestApp::demo();
    let (class_id, lea) = pupil(&app, "Léa", "Martin");
    let mut cpe = app.staff("cpe").await;
    let bad = roll_call(&mut cpe, class_id, "noon", &[(lea, "sleeping")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.texts(".error-summary li").len(), 2);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences"),
        0,
        "nothing half-written"
    );
    let other_class_pupil: i64 = app
        .conn()
        .query_row(
            "SELECT id FROM pupils WHERE class_id <> ?1 LIMIT 1",
            [class_id],
            |r| r.get(0),
        )
        .expect("pupil");
    roll_call(&mut cpe, class_id, "am", &[(other_class_pupil, "absent")]).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences"),
        0,
        "pupils of another class are ignored"
    );
    let mut mediator = app.staff("mediateur").await;
    assert_eq!(
        mediator
            .get(&format!("/staff/classes/{class_id}/roll-call"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let mut parent = app.guardian("06 39 98 00 01", "+33639980001").await;
    assert_eq!(
        parent.get("/staff/absences").await.status,
        StatusCode::FORBIDDEN
    );
}

/// Yasmine (and optionally Adam) Haddad absent this morning, signalled to both parents.
pub async fn signalled_haddad(app: &TestApp, children: &[&str]) {
    let mut cpe = app.staff("cpe").await;
    for first in children {
        let (class_id, id) = pupil(app, first, "Haddad");
        roll_call(&mut cpe, class_id, "am", &[(id, "absent")]).await;
    }
    signal_now(app);
}

pub fn reference_of(app: &TestApp, first: &str) -> String {
    app.conn()
        .query_row("SELECT a.reference FROM absences a JOIN pupils p ON p.id = a.pupil_id WHERE p.first_name = ?1", [first], |r| r.get(0))
        .expect("reference")
}

#[tokio::test]
async fn a_parent_gives_the_reason_on_the_web_and_the_other_parent_sees_it() {
    let app = TestApp::demo();
    signalled_haddad(&app, &["Yasmine"]).await;
    let id: i64 = app
        .conn()
        .query_row("SELECT id FROM absences", [], |r| r.get(0))
        .expect("absence");
    let mut mother = app.guardian("06 39 98 00 03", "+33639980003").await;
    let home = mother.get("/family").await;
    assert!(
        home.body.contains(&format!("/family/absences/{id}")),
        "a link to give the reason"
    );
    let empty = mother
        .post(
            &format!("/family/absences/{id}"),
            &[("comment", "<b>fièvre</b>")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty.body.contains("&lt;b&gt;fièvre&lt;/b&gt;"),
        "comment kept, escaped"
    );
    let given = mother
        .post(
            &format!("/family/absences/{id}"),
            &[("reason", "child_illness"), ("comment", "fièvre")],
        )
        .await;
    assert_eq!(given.location(), "/family?reason=1");
    assert_eq!(app.count("SELECT COUNT(*) FROM absences WHERE state = 'reason_given' AND reason = 'child_illness' AND reason_comment = 'fièvre'"), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM absence_events WHERE channel = 'web' AND state = 'reason_given' AND actor_guardian_id IS NOT NULL"), 1);
    let father_phone: String = app
        .conn()
        .query_row(
            "SELECT mobile FROM guardians WHERE first_name = 'Youssef'",
            [],
            |r| r.get(0),
        )
        .expect("father");
    let mut father = app.guardian(&father_phone, &father_phone).await;
    let his_home = father.get("/family").await;
    let reason = app
        .state
        .catalogs
        .html(carnet::domain::locale::Locale::Ar)
        .t("reason-child_illness");
    assert!(
        his_home.body.contains(&reason),
        "the other guardian sees the reason"
    );
    let late = father
        .post(
            &format!("/family/absences/{id}"),
            &[("reason", "family_event")],
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT, "the first reason counts");
    let mut stranger = app.guardian("06 39 98 00 01", "+33639980001").await;
    assert_eq!(
        stranger.get(&format!("/family/absences/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        stranger
            .post(&format!("/family/absences/{id}"), &[("reason", "travel")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_digit_by_sms_gives_the_reason_and_says_what_it_applied_to() {
    let app = TestApp::demo();
    signalled_haddad(&app, &["Yasmine"]).await;
    let reference = reference_of(&app, "Yasmine");
    let mut phone = app.client();
    phone
        .post("/simulator/33639980003", &[("body", "1 merci")])
        .await;
    let (_, confirmation) = app.last_message_to("+33639980003").expect("answer");
    assert!(
        confirmation.contains("Yasmine") && confirmation.contains(&reference),
        "{confirmation}"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM absences WHERE state = 'reason_given' AND reason = 'child_illness'"), 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absence_events WHERE channel = 'sms'"),
        1
    );
    let father_phone: String = app
        .conn()
        .query_row(
            "SELECT mobile FROM guardians WHERE first_name = 'Youssef'",
            [],
            |r| r.get(0),
        )
        .expect("father");
    phone
        .post(
            &format!("/simulator/{}", &father_phone[1..]),
            &[("body", "3")],
        )
        .await;
    let expected = carnet::channels::render_message(
        &app.state.catalogs,
        carnet::domain::locale::Locale::Ar,
        carnet::store::outbox::Channel::Sms,
        "absence-settled",
        &[("first", "Yasmine".into()), ("ref", reference.clone())],
    );
    assert_eq!(
        app.last_message_to(&father_phone).expect("answer").1,
        expected,
        "a late reply is answered, not applied"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences WHERE reason = 'family_event'"),
        0
    );
}

#[tokio::test]
async fn zero_alerts_vie_scolaire_and_two_waiting_absences_are_never_guessed() {
    let app = TestApp::demo();
    signalled_haddad(&app, &["Yasmine", "Adam"]).await;
    let mut phone = app.client();
    phone.post("/simulator/33639980003", &[("body", "2")]).await;
    let (_, which) = app.last_message_to("+33639980003").expect("answer");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences WHERE reason IS NOT NULL"),
        0,
        "no reason guessed: {which}"
    );
    let adam = reference_of(&app, "Adam");
    assert!(
        which.contains(&adam) || which.contains(&reference_of(&app, "Yasmine")),
        "asks with a reference: {which}"
    );
    phone
        .post(
            "/simulator/33639980003",
            &[("body", &format!("0 {}", adam.to_lowercase()))],
        )
        .await;
    assert!(
        app.last_message_to("+33639980003")
            .expect("answer")
            .1
            .contains("Adam")
    );
    let mut cpe = app.staff("cpe").await;
    let board = cpe.get("/staff/absences").await;
    assert!(
        board
            .body
            .contains("Un parent dit que l'élève est au collège"),
        "the board raises the alert"
    );
    phone
        .post("/simulator/33639980003", &[("body", &format!("4 {adam}"))])
        .await;
    assert_eq!(app.count("SELECT COUNT(*) FROM absences a JOIN pupils p ON p.id = a.pupil_id WHERE p.first_name = 'Adam' AND a.reason = 'travel'"), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM absences a JOIN pupils p ON p.id = a.pupil_id WHERE p.first_name = 'Yasmine' AND a.reason IS NULL"), 1);
}

#[tokio::test]
async fn the_proof_shows_every_step_and_message_and_the_follow_up_counts_half_days() {
    let app = TestApp::demo();
    signalled_haddad(&app, &["Yasmine"]).await;
    let mut phone = app.client();
    phone.post("/simulator/33639980003", &[("body", "1")]).await;
    let id: i64 = app
        .conn()
        .query_row("SELECT id FROM absences", [], |r| r.get(0))
        .expect("absence");
    let mut cpe = app.staff("cpe").await;
    cpe.post(&format!("/staff/absences/{id}/validate"), &[])
        .await;
    let proof = cpe.get(&format!("/staff/absences/{id}/proof")).await;
    assert_eq!(proof.status, StatusCode::OK);
    let steps = proof.texts("table:nth-of-type(1) tbody tr");
    assert_eq!(
        steps.len(),
        4,
        "held, signalled, reason given, validated: {steps:?}"
    );
    assert!(
        steps[0].contains("Karim Belkacem"),
        "who recorded it: {steps:?}"
    );
    assert!(
        steps[2].contains("Karima Haddad")
            && steps[2].contains("SMS")
            && steps[2].contains("Maladie de l'enfant"),
        "{steps:?}"
    );
    assert!(steps[3].contains("motif accepté"));
    assert_eq!(
        proof.texts("table:nth-of-type(2) tbody tr").len(),
        2,
        "one SMS to each parent"
    );
    assert_eq!(
        cpe.get("/staff/absences/999/proof").await.status,
        StatusCode::NOT_FOUND
    );
    let mut other = app.staff("mediateur").await;
    assert_eq!(
        other
            .get(&format!("/staff/absences/{id}/proof"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    let (class_id, hugo) = pupil(&app, "Hugo", "Martin");
    assert!(
        cpe.get("/staff/follow-up")
            .await
            .body
            .contains("Aucun élève")
    );
    for (day, half) in [
        ("2026-11-02", "am"),
        ("2026-11-02", "pm"),
        ("2026-11-03", "am"),
        ("2026-11-04", "pm"),
    ] {
        app.conn()
            .execute(
                "INSERT INTO absences (establishment_id, pupil_id, day, half_day, kind, state, reference, hold_until, recorded_at)
                 SELECT establishment_id, id, ?2, ?3, 'absent', 'signalled', 'ABCD', 0, 0 FROM pupils WHERE id = ?1",
                rusqlite::params![hugo, format!("{}{}", &carnet::domain::schedule::school_today().0.to_string()[..8], &day[8..]), half],
            )
            .expect("absence");
    }
    let list = cpe.get("/staff/follow-up").await;
    assert_eq!(
        list.texts("tbody th"),
        vec![format!(
            "Hugo Martin ({})",
            app.conn()
                .query_row("SELECT name FROM classes WHERE id = ?1", [class_id], |r| {
                    r.get::<_, String>(0)
                })
                .expect("class")
        )]
    );
    assert_eq!(list.texts("tbody td"), vec!["4".to_string()]);
}

#[tokio::test]
async fn two_staff_deciding_at_once_get_one_decision_and_one_clear_refusal() {
    let app = TestApp::demo();
    signalled_haddad(&app, &["Yasmine"]).await;
    let mut phone = app.client();
    phone.post("/simulator/33639980003", &[("body", "1")]).await;
    let id: i64 = app
        .conn()
        .query_row("SELECT id FROM absences", [], |r| r.get(0))
        .expect("absence");
    let mut cpe = app.staff("cpe").await;
    let mut head = app.staff("direction").await;
    let (validate_path, refuse_path) = (
        format!("/staff/absences/{id}/validate"),
        format!("/staff/absences/{id}/refuse"),
    );
    let (validate, refuse) =
        tokio::join!(cpe.post(&validate_path, &[]), head.post(&refuse_path, &[]));
    let mut statuses = [validate.status, refuse.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::SEE_OTHER, StatusCode::CONFLICT]);
    let final_state: String = app
        .conn()
        .query_row("SELECT state FROM absences", [], |r| r.get(0))
        .expect("state");
    let expected = if validate.status == StatusCode::SEE_OTHER {
        "validated"
    } else {
        "refused"
    };
    assert_eq!(final_state, expected);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absence_events WHERE state IN ('validated', 'refused')"),
        1,
        "one decision in the trail"
    );
}

#[tokio::test]
async fn two_roll_calls_at_once_record_one_absence() {
    let app = TestApp::demo();
    let (class_id, lea) = pupil(&app, "Léa", "Martin");
    let mut cpe = app.staff("cpe").await;
    let mut teacher = app.staff("prof").await;
    let marks = [(lea, "absent")];
    let (a, b) = tokio::join!(
        roll_call(&mut cpe, class_id, "am", &marks),
        roll_call(&mut teacher, class_id, "am", &marks)
    );
    assert_eq!(
        (a.status, b.status),
        (StatusCode::SEE_OTHER, StatusCode::SEE_OTHER)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM absences"), 1);
}

#[tokio::test]
async fn a_reply_during_the_hold_window_is_not_applied_and_one_after_validation_is_answered() {
    let app = TestApp::demo();
    let (class_id, yasmine) = pupil(&app, "Yasmine", "Haddad");
    let mut cpe = app.staff("cpe").await;
    roll_call(&mut cpe, class_id, "am", &[(yasmine, "absent")]).await;
    let mut phone = app.client();
    phone.post("/simulator/33639980003", &[("body", "1")]).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences WHERE state = 'held' AND reason IS NULL"),
        1,
        "not told yet: nothing to answer"
    );
    assert_eq!(signal_now(&app), 1, "signalled as usual after the window");
    phone.post("/simulator/33639980003", &[("body", "1")]).await;
    let id: i64 = app
        .conn()
        .query_row("SELECT id FROM absences", [], |r| r.get(0))
        .expect("absence");
    cpe.post(&format!("/staff/absences/{id}/validate"), &[])
        .await;
    phone.post("/simulator/33639980003", &[("body", "2")]).await;
    assert!(
        app.last_message_to("+33639980003")
            .expect("answer")
            .1
            .contains(&reference_of(&app, "Yasmine")),
        "names the settled absence"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM absences WHERE state = 'validated' AND reason = 'child_illness'"
        ),
        1,
        "unchanged"
    );
}

#[tokio::test]
async fn a_name_with_a_letter_gsm7_lacks_does_not_double_a_french_sms() {
    let app = TestApp::demo();
    let (class_id, lea) = pupil(&app, "Léa", "Martin");
    app.conn()
        .execute("UPDATE pupils SET first_name = 'Ayşe' WHERE id = ?1", [lea])
        .expect("rename");
    let mut cpe = app.staff("cpe").await;
    roll_call(&mut cpe, class_id, "am", &[(lea, "absent")]).await;
    signal_now(&app);
    let (_, body) = app.last_message_to("+33639980001").expect("notice");
    assert!(body.contains("Ayse"), "{body}");
    let cost = carnet::domain::sms_segments::cost(&body);
    assert_eq!(
        (cost.encoding, cost.segments),
        (carnet::domain::sms_segments::Encoding::Gsm7, 1),
        "{body}"
    );
}
