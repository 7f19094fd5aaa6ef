//! Twilio webhooks: signatures checked, SMS keywords in every script, voice, status callbacks.

use axum::http::StatusCode;
use carnet::channels::signature::expected_signature;
use carnet::channels::twiml::hear;
use carnet::domain::locale::Locale;
use carnet::store::outbox::Channel;

use crate::delivery::ACCOUNT;
use crate::support::{Client, Response, TestApp};

const TOKEN: &str = "webhook-token";
const PUBLIC: &str = "https://carnet.example.fr";

fn twilio_app() -> TestApp {
    TestApp::with_flags(
        true,
        &[
            "--public-url",
            PUBLIC,
            "--twilio-account-sid",
            ACCOUNT,
            "--twilio-auth-token",
            TOKEN,
            "--twilio-from",
            "+33700000001",
            "--twilio-base-url",
            "http://127.0.0.1:9",
        ],
    )
}

/// Posts as Twilio would: form body and the signature over the public URL.
async fn post_signed(client: &mut Client<'_>, path: &str, params: &[(&str, &str)]) -> Response {
    let owned: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let signature = expected_signature(TOKEN, &format!("{PUBLIC}{path}"), &owned);
    client
        .headers
        .retain(|(name, _)| name != "x-twilio-signature");
    client
        .headers
        .push(("x-twilio-signature".into(), signature));
    client.post(path, params).await
}

fn sms(app: &TestApp, locale: Locale, id: &str) -> String {
    carnet::channels::render_message(&app.state.catalogs, locale, Channel::Sms, id, &[])
}

#[tokio::test]
async fn unsigned_or_badly_signed_webhooks_are_refused() {
    let app = twilio_app();
    let mut twilio = app.client();
    let params = [("From", "+33639980001"), ("Body", "STOP")];
    assert_eq!(
        twilio.post("/twilio/sms", &params).await.status,
        StatusCode::FORBIDDEN
    );
    let mut forged = app
        .client()
        .with_header("x-twilio-signature", "0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    assert_eq!(
        forged.post("/twilio/sms", &params).await.status,
        StatusCode::FORBIDDEN
    );
    // Signed for other parameters: a tampered body.
    let owned = vec![
        ("Body".to_string(), "START".to_string()),
        ("From".to_string(), "+33639980001".to_string()),
    ];
    let mut tampered = app.client().with_header(
        "x-twilio-signature",
        &expected_signature(TOKEN, &format!("{PUBLIC}/twilio/sms"), &owned),
    );
    assert_eq!(
        tampered.post("/twilio/sms", &params).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbound"),
        0,
        "nothing read from refused webhooks"
    );
    let demo_without_twilio = TestApp::demo();
    let mut anyone = demo_without_twilio.client();
    assert_eq!(
        post_signed(&mut anyone, "/twilio/sms", &params)
            .await
            .status,
        StatusCode::FORBIDDEN,
        "no account configured, no webhook"
    );
}

#[tokio::test]
async fn stop_in_arabic_then_start_changes_what_is_sent() {
    let app = twilio_app();
    let mut twilio = app.client();
    let answer = post_signed(
        &mut twilio,
        "/twilio/sms",
        &[("From", "+33639980003"), ("Body", "توقف")],
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.header("content-type").starts_with("text/xml"));
    assert!(
        answer.body.contains("<Response></Response>"),
        "{}",
        answer.body
    );
    assert_eq!(
        app.last_message_to("+33639980003").expect("confirmation").1,
        sms(&app, Locale::Ar, "sms-stopped")
    );
    assert_eq!(
        app.count("SELECT confirms_opt_out FROM outbox ORDER BY id DESC LIMIT 1"),
        1,
        "the confirmation still goes"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM mediator_tasks WHERE kind = 'opted_out' AND phone = '+33639980003'"), 1);
    post_signed(
        &mut twilio,
        "/twilio/sms",
        &[("From", "+33639980003"), ("Body", "STOP")],
    )
    .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM mediator_tasks WHERE kind = 'opted_out' AND phone = '+33639980003'"),
        1,
        "a second STOP does not open a second task"
    );
    app.client()
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 03"), ("delivery", "sms")],
        )
        .await;
    assert_eq!(
        app.last_message_to("+33639980003").expect("code").0,
        "voice",
        "no SMS after STOP: the code is read out"
    );
    post_signed(
        &mut twilio,
        "/twilio/sms",
        &[("From", "+33639980003"), ("Body", " Start ")],
    )
    .await;
    assert_eq!(
        app.last_message_to("+33639980003").expect("confirmation").1,
        sms(&app, Locale::Ar, "sms-started")
    );
    app.client()
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 03"), ("delivery", "sms")],
        )
        .await;
    assert_eq!(
        app.last_message_to("+33639980003").expect("code").0,
        "sms",
        "SMS again after START"
    );
}

#[tokio::test]
async fn replies_are_read_forgivingly_and_answered_in_the_guardians_language() {
    let app = twilio_app();
    let mut twilio = app.client();
    for (body, expected) in [
        ("aide", "menu-help"),
        ("ДОПОМОГА", "menu-help"),
        ("bonjour ?", "menu-main"),
        ("12", "menu-main"),
        ("1 merci", "menu-messages-none"),
    ] {
        post_signed(
            &mut twilio,
            "/twilio/sms",
            &[("From", "+33639980006"), ("Body", body)],
        )
        .await;
        assert_eq!(
            app.last_message_to("+33639980006").expect("answer").1,
            sms(&app, Locale::Uk, expected),
            "{body}"
        );
    }
    post_signed(
        &mut twilio,
        "/twilio/sms",
        &[("From", "+33639980006"), ("Body", "LANGUE xx")],
    )
    .await;
    assert_eq!(
        app.last_message_to("+33639980006").expect("answer").1,
        sms(&app, Locale::Uk, "sms-language-unknown")
    );
    post_signed(
        &mut twilio,
        "/twilio/sms",
        &[("From", "+33639980006"), ("Body", "langue pt")],
    )
    .await;
    assert_eq!(
        app.last_message_to("+33639980006").expect("answer").1,
        sms(&app, Locale::Pt, "menu-language-set")
    );
    post_signed(
        &mut twilio,
        "/twilio/sms",
        &[("From", "+33639980006"), ("Body", "2")],
    )
    .await;
    assert_eq!(
        app.last_message_to("+33639980006").expect("answer").1,
        sms(&app, Locale::Pt, "menu-language"),
        "the language menu"
    );
    post_signed(
        &mut twilio,
        "/twilio/sms",
        &[("From", "+33639980006"), ("Body", "٣")],
    )
    .await;
    assert_eq!(
        app.last_message_to("+33639980006").expect("answer").1,
        sms(&app, Locale::Uk, "menu-language-set"),
        "3 = Ukrainian, Arabic-Indic digit"
    );
    let long = "x".repeat(5000);
    assert_eq!(
        post_signed(
            &mut twilio,
            "/twilio/sms",
            &[("From", "+33639980006"), ("Body", &long)]
        )
        .await
        .status,
        StatusCode::OK
    );
    let stored: i64 = app
        .conn()
        .query_row("SELECT MAX(length(body)) FROM inbound", [], |r| r.get(0))
        .expect("stored");
    assert_eq!(
        stored, 1600,
        "oversized bodies are cut at Twilio's own limit"
    );
}

#[tokio::test]
async fn unknown_numbers_get_a_polite_answer_and_no_data() {
    let app = twilio_app();
    let mut twilio = app.client();
    post_signed(
        &mut twilio,
        "/twilio/sms",
        &[("From", "+33611111111"), ("Body", "1")],
    )
    .await;
    assert_eq!(
        app.last_message_to("+33611111111").expect("answer").1,
        sms(&app, Locale::Fr, "reply-unknown-number")
    );
    let call = post_signed(
        &mut twilio,
        "/twilio/voice",
        &[
            ("CallSid", "CA1"),
            ("From", "+33611111111"),
            ("To", "+33700000001"),
        ],
    )
    .await;
    let heard = hear(&call.body);
    assert!(heard.hangs_up && !heard.gathers);
    assert_eq!(
        post_signed(
            &mut twilio,
            "/twilio/sms",
            &[("From", "not a number"), ("Body", "1")]
        )
        .await
        .status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn a_call_asks_for_the_pin_before_anything_personal() {
    let app = twilio_app();
    let hash = carnet::domain::password::hash_password("2580").expect("hash");
    carnet::store::families::set_pin_hash(&app.conn(), "+33639980001", &hash).expect("pin");
    let mut twilio = app.client();
    let call = post_signed(
        &mut twilio,
        "/twilio/voice",
        &[
            ("CallSid", "CA7"),
            ("From", "+33639980001"),
            ("To", "+33700000001"),
        ],
    )
    .await;
    assert!(
        call.body
            .contains("<Gather input=\"dtmf\" action=\"/twilio/voice/gather\""),
        "{}",
        call.body
    );
    assert!(call.body.contains("finishOnKey=\"#\""));
    assert!(
        call.body
            .contains("<Say language=\"fr-FR\" voice=\"Polly.Lea\">")
    );
    let menu = post_signed(
        &mut twilio,
        "/twilio/voice/gather",
        &[("CallSid", "CA7"), ("Digits", "2580#")],
    )
    .await;
    assert!(
        hear(&menu.body).said.join(" ").contains("1"),
        "{}",
        menu.body
    );
    let hostile = post_signed(
        &mut twilio,
        "/twilio/voice/gather",
        &[("CallSid", "CA7"), ("Digits", "<Say>")],
    )
    .await;
    assert_eq!(hostile.status, StatusCode::BAD_REQUEST);
    let missing = post_signed(&mut twilio, "/twilio/voice/gather", &[("Digits", "1")]).await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_placed_call_reads_its_script_and_repeats_on_star() {
    let app = twilio_app();
    app.client()
        .post(
            "/sign-in",
            &[("phone", "01 99 00 00 05"), ("delivery", "sms")],
        )
        .await;
    let id: i64 = app
        .conn()
        .query_row(
            "SELECT id FROM outbox WHERE to_phone = '+33199000005'",
            [],
            |r| r.get(0),
        )
        .expect("delivery");
    let path = format!("/twilio/voice/outbound?delivery={id}");
    let mut twilio = app.client();
    let answered = post_signed(
        &mut twilio,
        &path,
        &[("CallSid", "CA9"), ("To", "+33199000005")],
    )
    .await;
    let script: String = app
        .conn()
        .query_row("SELECT body FROM outbox WHERE id = ?1", [id], |r| r.get(0))
        .expect("script");
    let heard = hear(&answered.body);
    assert_eq!(heard.said[0], script);
    assert!(
        answered.body.contains("language=\"arb\""),
        "Arabic family, Arabic voice"
    );
    let again = post_signed(&mut twilio, &path, &[("CallSid", "CA9"), ("Digits", "*")]).await;
    assert_eq!(hear(&again.body).said[0], script);
    let done = post_signed(&mut twilio, &path, &[("CallSid", "CA9"), ("Digits", "1")]).await;
    assert!(hear(&done.body).hangs_up);
    let unsigned_query =
        post_signed(&mut twilio, "/twilio/voice/outbound", &[("CallSid", "CA9")]).await;
    assert_eq!(
        unsigned_query.status,
        StatusCode::BAD_REQUEST,
        "no delivery named"
    );
}

#[tokio::test]
async fn status_callbacks_move_deliveries_forward_only() {
    let app = twilio_app();
    app.client()
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 01"), ("delivery", "sms")],
        )
        .await;
    app.conn()
        .execute(
            "UPDATE outbox SET status = 'sent', provider_sid = 'SM42'",
            [],
        )
        .expect("sent");
    let mut twilio = app.client();
    let status = |s: &'static str| {
        [
            ("MessageSid", "SM42"),
            ("MessageStatus", s),
            ("AccountSid", ACCOUNT),
        ]
    };
    assert_eq!(
        post_signed(&mut twilio, "/twilio/status", &status("delivered"))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    post_signed(&mut twilio, "/twilio/status", &status("sent")).await;
    post_signed(&mut twilio, "/twilio/status", &status("bogus")).await;
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE provider_sid = 'SM42' AND status = 'delivered'"
        ),
        1
    );
    let unknown = post_signed(
        &mut twilio,
        "/twilio/status",
        &[("MessageSid", "SM-unknown"), ("MessageStatus", "failed")],
    )
    .await;
    assert_eq!(unknown.status, StatusCode::NO_CONTENT);
    assert_eq!(
        post_signed(
            &mut twilio,
            "/twilio/status",
            &[("MessageStatus", "failed")]
        )
        .await
        .status,
        StatusCode::BAD_REQUEST
    );
}
