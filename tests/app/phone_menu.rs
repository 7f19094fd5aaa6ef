//! The phone menu through the simulator: PIN, language menu spoken in each language, help, callback.

use axum::http::StatusCode;
use carnet::channels::twiml::hear;
use carnet::domain::locale::Locale;

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

#[tokio::test]
async fn the_landline_family_walks_pin_language_help_and_callback() {
    let app = TestApp::demo();
    let mut parent = app.guardian("01 99 00 00 05", "+33199000005").await;
    let refused = parent
        .post("/settings/pin", &[("pin", "1234"), ("pin_confirm", "1234")])
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "too simple"
    );
    let mismatch = parent
        .post("/settings/pin", &[("pin", "2580"), ("pin_confirm", "2581")])
        .await;
    assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!mismatch.body.contains("2580"), "a PIN is never echoed");
    let stored: String = app
        .conn()
        .query_row(
            "SELECT pin_hash FROM guardians WHERE landline = '+33199000005'",
            [],
            |r| r.get(0),
        )
        .expect("pin");
    assert!(stored.starts_with("$argon2id$"));

    app.conn()
        .execute("UPDATE guardians SET pin_hash = NULL", [])
        .expect("no demo PIN");
    let saved = parent
        .post("/settings/pin", &[("pin", "2580"), ("pin_confirm", "2580")])
        .await;
    assert_eq!(saved.location(), "/settings?saved=pin");
    let mut phone = app.client();
    assert_eq!(
        phone.post("/simulator/33199000005/call", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let page = phone.get("/simulator/33199000005").await;
    assert!(
        page.body
            .contains(&voice(&app, Locale::Ar, "menu-pin", &[])),
        "greeted in Arabic, asked for the PIN"
    );
    let press = |keys: &'static str| [("keys", keys)];
    phone
        .post("/simulator/33199000005/keys", &press("1111#"))
        .await;
    assert!(
        phone
            .get("/simulator/33199000005")
            .await
            .body
            .contains(&voice(&app, Locale::Ar, "menu-pin-wrong", &[]))
    );
    phone
        .post("/simulator/33199000005/keys", &press("2580#"))
        .await;
    let menu = phone.get("/simulator/33199000005").await;
    assert!(
        menu.body
            .contains(&voice(&app, Locale::Ar, "menu-main", &[]))
    );
    phone.post("/simulator/33199000005/keys", &press("3")).await;
    assert!(
        phone
            .get("/simulator/33199000005")
            .await
            .body
            .contains(&voice(&app, Locale::Ar, "menu-help", &[]))
    );
    phone.post("/simulator/33199000005/keys", &press("2")).await;
    let languages = phone.get("/simulator/33199000005").await;
    for (locale, digit) in [(Locale::Fr, "1"), (Locale::Ar, "2"), (Locale::Uk, "3")] {
        let offer = voice(
            &app,
            locale,
            "menu-language-option",
            &[("digit", digit.to_string())],
        );
        assert!(
            languages.body.contains(&offer),
            "{locale} offered in itself: {offer}"
        );
    }
    phone.post("/simulator/33199000005/keys", &press("4")).await;
    phone.post("/simulator/33199000005/keys", &press("1")).await;
    let chosen: String = app
        .conn()
        .query_row(
            "SELECT chosen_language FROM guardians WHERE landline = '+33199000005'",
            [],
            |r| r.get(0),
        )
        .expect("language");
    assert_eq!(chosen, "pt");
    assert!(
        phone
            .get("/simulator/33199000005")
            .await
            .body
            .contains(&voice(&app, Locale::Pt, "menu-language-set", &[]))
    );
    phone.post("/simulator/33199000005/keys", &press("9")).await;
    let ended = phone.get("/simulator/33199000005").await;
    assert!(
        ended
            .body
            .contains(&voice(&app, Locale::Pt, "menu-callback", &[]))
    );
    assert!(!ended.body.contains("/keys\""), "the call is over");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM mediator_tasks WHERE kind = 'callback' AND phone = '+33199000005'"
        ),
        1
    );
}

fn said(twiml: &str) -> String {
    hear(twiml).said.join(" ")
}

#[tokio::test]
async fn silence_and_unknown_keys_lead_somewhere_sensible() {
    let app = TestApp::demo();
    app.conn()
        .execute("UPDATE guardians SET pin_hash = NULL", [])
        .expect("no demo PIN");
    let no_pin = app
        .state
        .voice(|v, tx| v.incoming(tx, "CA0", "+33639980001"))
        .await
        .expect("call");
    assert!(
        said(&no_pin).contains(&voice(&app, Locale::Fr, "menu-no-pin", &[])),
        "no PIN yet: a callback is offered"
    );
    let hash = carnet::domain::password::hash_password("2580").expect("hash");
    carnet::store::families::set_pin_hash(&app.conn(), "+33639980001", &hash).expect("pin");
    app.state
        .voice(|v, tx| v.incoming(tx, "CA1", "+33639980001"))
        .await
        .expect("call");
    for _ in 0..2 {
        let twiml = app
            .state
            .voice(|v, tx| v.gather(tx, "CA1", None))
            .await
            .expect("silence");
        assert!(hear(&twiml).gathers, "asked again");
    }
    let last = app
        .state
        .voice(|v, tx| v.gather(tx, "CA1", None))
        .await
        .expect("silence");
    assert!(
        hear(&last).hangs_up && !hear(&last).gathers,
        "the third silence ends politely: {last}"
    );
    app.state
        .voice(|v, tx| v.incoming(tx, "CA3", "+33639980001"))
        .await
        .expect("call");
    let menu = app
        .state
        .voice(|v, tx| v.gather(tx, "CA3", Some("2580#")))
        .await
        .expect("pin");
    let unknown_key = app
        .state
        .voice(|v, tx| v.gather(tx, "CA3", Some("7")))
        .await
        .expect("key");
    assert_eq!(
        said(&unknown_key),
        said(&menu),
        "a key with no meaning repeats the menu"
    );
    let repeat = app
        .state
        .voice(|v, tx| v.gather(tx, "CA3", Some("*")))
        .await
        .expect("star");
    assert_eq!(said(&repeat), said(&menu), "star repeats");
    let unknown = app
        .state
        .voice(|v, tx| v.incoming(tx, "CA2", "+33611111111"))
        .await
        .expect("unknown");
    assert_eq!(
        said(&unknown),
        voice(&app, Locale::Fr, "reply-unknown-number", &[])
    );
    assert!(
        hear(&unknown).hangs_up && !hear(&unknown).gathers,
        "no data, no menu"
    );
    let gone = app
        .state
        .voice(|v, tx| v.gather(tx, "CA-nothing", Some("1")))
        .await
        .expect("unknown call");
    assert!(hear(&gone).hangs_up);
}

#[tokio::test]
async fn five_wrong_pins_lock_the_menu_for_an_hour() {
    let app = TestApp::demo();
    let mut parent = app.guardian("06 39 98 00 01", "+33639980001").await;
    parent
        .post("/settings/pin", &[("pin", "2580"), ("pin_confirm", "2580")])
        .await;
    for call in 0..2 {
        let sid = format!("CA{call}");
        let start = sid.clone();
        app.state
            .voice(move |v, tx| v.incoming(tx, &start, "+33639980001"))
            .await
            .expect("call");
        for _ in 0..3 {
            let sid = sid.clone();
            app.state
                .voice(move |v, tx| v.gather(tx, &sid, Some("1111#")))
                .await
                .expect("pin");
        }
    }
    let locked: i64 = app
        .conn()
        .query_row(
            "SELECT pin_locked_until FROM phone_status WHERE phone = '+33639980001'",
            [],
            |r| r.get(0),
        )
        .expect("locked");
    assert!(locked > carnet::store::now());
    let twiml = app
        .state
        .voice(|v, tx| v.incoming(tx, "CA9", "+33639980001"))
        .await
        .expect("call");
    assert!(
        said(&twiml).contains(&voice(&app, Locale::Fr, "menu-no-pin", &[])),
        "locked: no PIN prompt"
    );
    let right = app
        .state
        .voice(|v, tx| v.gather(tx, "CA9", Some("2580#")))
        .await
        .expect("pin");
    assert!(
        !said(&right).contains(&voice(&app, Locale::Fr, "menu-main", &[])),
        "even the right PIN waits out the lock"
    );
}

#[tokio::test]
async fn a_language_without_a_voice_falls_back_to_french_with_a_callback_offer() {
    let app = TestApp::with_flags(true, &["--voices", "uk=none"]);
    let twiml = app
        .state
        .voice(|v, tx| v.incoming(tx, "CA1", "+33639980006"))
        .await
        .expect("call");
    assert!(
        !twiml.contains("uk-UA"),
        "no Ukrainian voice is used: {twiml}"
    );
    assert!(twiml.contains("language=\"fr-FR\""));
    assert!(
        said(&twiml).starts_with(&voice(&app, Locale::Fr, "menu-no-voice", &[])),
        "{}",
        said(&twiml)
    );
    let normal = TestApp::demo();
    let ukrainian = normal
        .state
        .voice(|v, tx| v.incoming(tx, "CA1", "+33639980006"))
        .await
        .expect("call");
    assert!(ukrainian.contains("language=\"uk-UA\""), "{ukrainian}");
    assert!(
        TestApp::try_with_flags(&["--voices", "xx=Polly.Someone"]).is_err(),
        "unknown locales are refused at start"
    );
}
