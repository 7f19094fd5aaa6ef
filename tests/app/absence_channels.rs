//! The absence loop beyond the SMS: the keypad after the PIN, a reason entered by vie
//! scolaire (paper, call, mediator), a single record outside a roll call, the families not
//! reached, and the acknowledgement when a family sees the notice.

use axum::http::StatusCode;
use carnet::channels::twiml::hear;
use carnet::domain::locale::Locale;

use crate::absences::{pupil, roll_call, signal_now, signalled_haddad};
use crate::support::TestApp;

fn voice(app: &TestApp, locale: Locale, id: &str, args: &[(&str, String)]) -> String {
    carnet::channels::render_message(
        &app.state.catalogs,
        locale,
        carnet::store::outbox::Channel::Voice,
        id,
        args,
    )
}

async fn press(app: &TestApp, sid: &'static str, keys: Option<&'static str>) -> String {
    let twiml = app
        .state
        .voice(move |v, tx| v.gather(tx, sid, keys))
        .await
        .expect("keys");
    hear(&twiml).said.join(" ")
}

fn announced(app: &TestApp, locale: Locale, first: &str) -> String {
    voice(
        app,
        locale,
        "menu-absence",
        &[
            ("first", first.into()),
            ("half", "am".into()),
            ("when", "today".into()),
        ],
    )
}

#[tokio::test]
async fn the_landline_family_gives_the_reason_on_the_keypad_after_the_pin() {
    let app = TestApp::demo();
    let (class_id, rayan) = pupil(&app, "Rayan", "Benali");
    let mut cpe = app.staff("cpe").await;
    roll_call(&mut cpe, class_id, "am", &[(rayan, "absent")]).await;
    signal_now(&app);
    assert_eq!(
        app.last_message_to("+33199000005").expect("notice").0,
        "voice",
        "a landline is told by a call"
    );
    app.state
        .voice(|v, tx| v.incoming(tx, "CA-benali", "+33199000005"))
        .await
        .expect("call");
    let after_pin = press(&app, "CA-benali", Some("2580#")).await;
    assert!(
        after_pin.contains(&announced(&app, Locale::Ar, "Rayan")),
        "the absence first, in Arabic: {after_pin}"
    );
    let illness = app
        .state
        .catalogs
        .plain(Locale::Ar)
        .t("reason-child_illness");
    assert!(
        after_pin.contains(&voice(
            &app,
            Locale::Ar,
            "menu-reason-option",
            &[("digit", "1".into()), ("reason", illness)]
        )),
        "the L131-8 reasons with their SMS digits: {after_pin}"
    );
    assert!(!after_pin.contains("Benali"), "never a surname");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences WHERE state = 'acknowledged'"),
        1,
        "hearing it after the PIN acknowledges it"
    );
    let answered = press(&app, "CA-benali", Some("1")).await;
    assert!(
        answered.contains(&voice(
            &app,
            Locale::Ar,
            "absence-reason-recorded",
            &[("first", "Rayan".into())]
        )),
        "{answered}"
    );
    assert!(
        answered.contains(&voice(&app, Locale::Ar, "menu-main", &[])),
        "then the main menu: {answered}"
    );
    assert!(
        !answered.contains(&voice(
            &app,
            Locale::Ar,
            "menu-more-languages",
            &[("digit", "2".into())]
        )),
        "the main menu offers the language menu once: {answered}"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM absences WHERE state = 'reason_given' AND reason = 'child_illness'"
        ),
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absence_events WHERE channel = 'voice' AND actor_guardian_id IS NOT NULL"),
        2,
        "acknowledged and reason given, both by the keypad"
    );
    let messages = press(&app, "CA-benali", Some("1")).await;
    assert!(
        messages.contains(&voice(&app, Locale::Ar, "menu-messages-none", &[])),
        "nothing waits any more: {messages}"
    );
}

#[tokio::test]
async fn on_the_keypad_zero_and_unknown_keys_never_give_a_wrong_reason() {
    let app = TestApp::demo();
    signalled_haddad(&app, &["Yasmine", "Adam"]).await;
    app.state
        .voice(|v, tx| v.incoming(tx, "CA-haddad", "+33639980003"))
        .await
        .expect("call");
    let first = press(&app, "CA-haddad", Some("2580#")).await;
    let (told, other) = if first.contains(&announced(&app, Locale::Ar, "Adam")) {
        ("Adam", "Yasmine")
    } else {
        ("Yasmine", "Adam")
    };
    assert!(
        first.contains(&announced(&app, Locale::Ar, told)),
        "{first}"
    );
    assert_eq!(
        press(&app, "CA-haddad", Some("7")).await,
        first
            .replace(&voice(&app, Locale::Ar, "menu-pin", &[]), "")
            .trim(),
        "a key with no meaning repeats the absence"
    );
    assert_eq!(
        press(&app, "CA-haddad", None).await,
        press(&app, "CA-haddad", Some("*")).await,
        "silence and star both say it again"
    );
    let at_school = press(&app, "CA-haddad", Some("0")).await;
    assert!(
        at_school.contains(&voice(
            &app,
            Locale::Ar,
            "absence-at-school",
            &[("first", told.into())]
        )) && at_school.contains(&announced(&app, Locale::Ar, other)),
        "0 is confirmed, then the other absence: {at_school}"
    );
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM absence_events e JOIN absences a ON a.id = e.absence_id JOIN pupils p ON p.id = a.pupil_id WHERE e.detail = 'at_school' AND e.channel = 'voice' AND p.first_name = '{told}'")),
        1
    );
    let callback = app
        .state
        .voice(|v, tx| v.gather(tx, "CA-haddad", Some("9")))
        .await
        .expect("nine");
    assert!(
        hear(&callback).hangs_up,
        "9 asks for a call back, then goodbye"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM mediator_tasks WHERE kind = 'callback'"),
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences WHERE reason IS NOT NULL"),
        0,
        "no reason was guessed"
    );
}

#[tokio::test]
async fn vie_scolaire_enters_a_reason_that_came_on_paper() {
    let app = TestApp::demo();
    let (class_id, hugo) = pupil(&app, "Hugo", "Martin");
    let mut cpe = app.staff("cpe").await;
    roll_call(&mut cpe, class_id, "am", &[(hugo, "absent")]).await;
    signal_now(&app);
    let id: i64 = app
        .conn()
        .query_row("SELECT id FROM absences", [], |r| r.get(0))
        .expect("absence");
    let proof = cpe.get(&format!("/staff/absences/{id}/proof")).await;
    assert_eq!(proof.texts("input[name=via]").len(), 3);
    let wrong = cpe
        .post(
            &format!("/staff/absences/{id}/reason"),
            &[
                ("via", "pigeon"),
                ("reason", "sorcery"),
                ("comment", "<script>x</script>"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Choisissez comment le motif est arrivé.",
        "Choisissez un motif.",
    ] {
        assert!(wrong.body.contains(message), "{message}");
    }
    assert!(wrong.body.contains("&lt;script&gt;"), "kept, escaped");
    let long = "x".repeat(301);
    let too_long = cpe
        .post(
            &format!("/staff/absences/{id}/reason"),
            &[("via", "paper"), ("reason", "other"), ("comment", &long)],
        )
        .await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences WHERE reason IS NOT NULL"),
        0,
        "nothing half-written"
    );
    let saved = cpe
        .post(
            &format!("/staff/absences/{id}/reason"),
            &[
                ("via", "paper"),
                ("reason", "family_event"),
                ("comment", "mot signé du père"),
            ],
        )
        .await;
    assert_eq!(saved.location(), format!("/staff/absences/{id}/proof"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absence_events WHERE channel = 'paper' AND actor_staff_id IS NOT NULL AND detail = 'family_event'"),
        1
    );
    let proof = cpe.get(&format!("/staff/absences/{id}/proof")).await;
    for shown in [
        "papier",
        "mot signé du père",
        "Événement familial important",
    ] {
        assert!(proof.body.contains(shown), "{shown}");
    }
    assert!(
        proof.texts("input[name=via]").is_empty(),
        "once given, the form is gone"
    );
    let again = cpe
        .post(
            &format!("/staff/absences/{id}/reason"),
            &[("via", "mediator"), ("reason", "travel")],
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::CONFLICT,
        "the first reason counts"
    );
    assert!(again.body.contains("motif donné"));
    let mut mediator = app.staff("mediateur").await;
    assert_eq!(
        mediator
            .post(
                &format!("/staff/absences/{id}/reason"),
                &[("via", "mediator"), ("reason", "travel")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN,
        "mediators act through mandates, not the school's board"
    );
    assert_eq!(
        cpe.post(
            "/staff/absences/999999/reason",
            &[("via", "paper"), ("reason", "travel")]
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_single_absence_is_recorded_and_corrected_outside_a_roll_call() {
    let app = TestApp::demo();
    let (class_id, lea) = pupil(&app, "Léa", "Martin");
    let (other_class, yasmine) = pupil(&app, "Yasmine", "Haddad");
    assert_ne!(class_id, other_class);
    let mut cpe = app.staff("cpe").await;
    let choose = cpe.get("/staff/absences/new").await;
    assert!(choose.texts("select[name=pupil]").is_empty(), "class first");
    let form = cpe
        .get(&format!("/staff/absences/new?class={class_id}"))
        .await;
    assert!(form.body.contains("Léa Martin"));
    let record = |pupil: String, mark: &'static str| {
        vec![
            ("class", class_id.to_string()),
            ("pupil", pupil),
            ("half", "am".to_string()),
            ("mark", mark.to_string()),
        ]
    };
    let post = async |cpe: &mut crate::support::Client<'_>, form: Vec<(&str, String)>| {
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        cpe.post("/staff/absences/new", &pairs).await
    };
    let absent = post(&mut cpe, record(lea.to_string(), "absent")).await;
    assert_eq!(absent.location(), "/staff/absences?changed=done");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences WHERE state = 'held' AND kind = 'absent'"),
        1
    );
    let corrected = post(&mut cpe, record(lea.to_string(), "present")).await;
    assert_eq!(corrected.location(), "/staff/absences?changed=done");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences WHERE state = 'cancelled'"),
        1,
        "corrected before the notice: nothing will be sent"
    );
    for (form, message) in [
        (
            record(yasmine.to_string(), "absent"),
            "Choisissez un élève de cette classe.",
        ),
        (
            record(lea.to_string(), "maybe"),
            "Choisissez présent, absent ou en retard.",
        ),
        (
            vec![("class", "6e A".into()), ("pupil", lea.to_string())],
            "Choisissez une classe de l'établissement.",
        ),
    ] {
        let refused = post(&mut cpe, form).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains(message), "{message}");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absences"),
        1,
        "nothing else written"
    );
    assert_eq!(
        cpe.get("/staff/absences/new?class=999999").await.status,
        StatusCode::NOT_FOUND
    );
    post(&mut cpe, record(lea.to_string(), "late")).await;
    post(&mut cpe, record(lea.to_string(), "absent")).await;
    signal_now(&app);
    let too_late = post(&mut cpe, record(lea.to_string(), "present")).await;
    assert_eq!(too_late.location(), "/staff/absences?changed=too-late");
    let board = cpe.get(too_late.location()).await;
    assert!(board.body.contains("la famille était déjà prévenue"));
    let mut teacher_of_nobody = app.staff("mediateur").await;
    assert_eq!(
        teacher_of_nobody.get("/staff/absences/new").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn families_not_reached_are_listed_until_a_family_sees_the_notice() {
    let app = TestApp::demo();
    let (manon_class, manon) = pupil(&app, "Manon", "Moreau");
    let mut cpe = app.staff("cpe").await;
    roll_call(&mut cpe, manon_class, "am", &[(manon, "absent")]).await;
    signalled_haddad(&app, &["Yasmine"]).await;
    let board = cpe.get("/staff/absences").await;
    let listed = board.texts("#not-reached + p + ul li");
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(
        listed[0].contains("Manon Moreau") && listed[0].contains("aucun numéro pour la prévenir"),
        "{listed:?}"
    );
    app.conn()
        .execute("UPDATE outbox SET status = 'failed'", [])
        .expect("failed");
    let board = cpe.get("/staff/absences").await;
    let listed = board.texts("#not-reached + p + ul li");
    assert!(
        listed
            .iter()
            .any(|l| l.contains("Yasmine Haddad") && l.contains("les messages ne sont pas arrivés")),
        "{listed:?}"
    );
    let mut mother = app.guardian("06 39 98 00 03", "+33639980003").await;
    let home = mother.get("/family").await;
    let acknowledged = app.state.catalogs.html(Locale::Ar).t("state-acknowledged");
    assert!(
        home.body.contains(&acknowledged),
        "the family sees it is read"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM absence_events WHERE state = 'acknowledged' AND channel = 'web'"
        ),
        1
    );
    mother.get("/family").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM absence_events WHERE state = 'acknowledged'"),
        1,
        "acknowledged once"
    );
    let board = cpe.get("/staff/absences").await;
    assert!(
        !board
            .texts("#not-reached + p + ul li")
            .iter()
            .any(|l| l.contains("Yasmine")),
        "a family that read the notice is reached"
    );
}
