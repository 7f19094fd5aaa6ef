//! Guardians sign in by phone and one-time code; staff by username and password.

use axum::http::StatusCode;

use crate::support::{TestApp, six_digits};

#[tokio::test]
async fn a_known_mobile_gets_a_code_by_sms_in_its_language_and_signs_in() {
    let app = TestApp::demo();
    let mut client = app.client();
    let response = client
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 03"), ("delivery", "sms")],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/sign-in/code");
    let (channel, body) = app.last_message_to("+33639980003").expect("queued");
    assert_eq!(channel, "sms");
    assert!(body.contains("رمز"), "Arabic family gets Arabic: {body}");
    assert!(!body.contains('\u{2068}'), "no bidi isolation marks in SMS");
    let code = six_digits(&body).expect("code");
    let stored: Vec<u8> = app
        .conn()
        .query_row("SELECT code_hash FROM login_challenges", [], |r| r.get(0))
        .expect("row");
    assert_ne!(stored, code.as_bytes(), "codes are stored hashed");
    let page = client.get("/sign-in/code").await;
    assert!(
        page.body.contains("•• •• •• •• 03"),
        "the number is shown masked"
    );
    let response = client
        .post(
            "/sign-in/code",
            &[("code", &format!("{} {}", &code[..3], &code[3..]))],
        )
        .await;
    assert_eq!(response.location(), "/family");
    let session = response
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("carnet_session="))
        .expect("session cookie");
    assert!(
        session.contains("HttpOnly")
            && session.contains("SameSite=Lax")
            && !session.contains("Secure"),
        "{session}"
    );
    let home = client.get("/family").await;
    assert_eq!(home.status, StatusCode::OK);
    let children = home.texts("section.child h2");
    assert_eq!(children.len(), 3);
    assert!(
        children.iter().all(|c| c.ends_with("Haddad")),
        "{children:?}"
    );
}

#[tokio::test]
async fn landlines_and_voice_requests_get_the_code_read_out() {
    let app = TestApp::demo();
    app.client()
        .post(
            "/sign-in",
            &[("phone", "01 99 00 00 05"), ("delivery", "sms")],
        )
        .await;
    let (channel, body) = app.last_message_to("+33199000005").expect("queued");
    assert_eq!(channel, "voice");
    let code = six_digits(&body.replace(", ", "")).expect("spoken code");
    assert!(
        body.contains(
            &code
                .chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        "{body}"
    );
    app.client()
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 01"), ("delivery", "voice")],
        )
        .await;
    assert_eq!(
        app.last_message_to("+33639980001").expect("queued").0,
        "voice"
    );
}

#[tokio::test]
async fn an_unknown_number_looks_the_same_and_can_never_sign_in() {
    let app = TestApp::demo();
    let mut known = app.client();
    let mut unknown = app.client();
    let a = known
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 01"), ("delivery", "sms")],
        )
        .await;
    let b = unknown
        .post(
            "/sign-in",
            &[("phone", "06 11 22 33 44"), ("delivery", "sms")],
        )
        .await;
    assert_eq!((a.status, a.location()), (b.status, b.location()));
    assert!(
        app.last_message_to("+33611223344").is_none(),
        "nothing sent to unknown numbers"
    );
    let page = unknown.get("/sign-in/code").await;
    assert_eq!(page.status, StatusCode::OK);
    for guess in ["000000", "123456"] {
        let response = unknown.post("/sign-in/code", &[("code", guess)]).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert!(unknown.cookie("carnet_session").is_none());
}

#[tokio::test]
async fn bad_phone_input_comes_back_with_the_value_and_a_translated_error() {
    let app = TestApp::demo();
    let mut client = app.client();
    client.cookies.insert("carnet_lang".into(), "ar".into());
    let hostile = "<script>alert(1)</script>";
    let response = client
        .post("/sign-in", &[("phone", hostile), ("delivery", "sms")])
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!response.body.contains(hostile), "escaped");
    assert!(
        response
            .body
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "value kept"
    );
    let summary = response.texts(".error-summary li");
    assert_eq!(summary.len(), 1);
    assert!(
        summary[0]
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "Arabic error: {summary:?}"
    );
    let empty = client.post("/sign-in", &[("delivery", "sms")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let wrong_delivery = client
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 01"), ("delivery", "pigeon")],
        )
        .await;
    assert_eq!(wrong_delivery.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM login_challenges"),
        0,
        "nothing half-written"
    );
}

#[tokio::test]
async fn oversized_and_non_form_bodies_are_refused() {
    let app = TestApp::demo();
    let mut client = app.client();
    let huge = format!("phone={}", "0".repeat(64 * 1024));
    let response = client
        .post_raw("/sign-in", "application/x-www-form-urlencoded", huge)
        .await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        response.texts("h1").len(),
        1,
        "an error page, not a bare status"
    );
    let json = client
        .post_raw(
            "/sign-in",
            "application/json",
            "{\"phone\":\"0639980001\"}".into(),
        )
        .await;
    assert_eq!(json.status, StatusCode::BAD_REQUEST);
    let bad_utf8 = client
        .post_raw(
            "/sign-in",
            "application/x-www-form-urlencoded",
            "phone=%FF%FE".into(),
        )
        .await;
    assert_eq!(bad_utf8.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn five_wrong_codes_lock_the_challenge() {
    let app = TestApp::demo();
    let mut client = app.client();
    client
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 01"), ("delivery", "sms")],
        )
        .await;
    let code = six_digits(&app.last_message_to("+33639980001").expect("queued").1).expect("code");
    let wrong = if code == "111111" { "222222" } else { "111111" };
    for left in (1..=4).rev() {
        let response = client.post("/sign-in/code", &[("code", wrong)]).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            response
                .body
                .contains(&format!("\u{2068}{left}\u{2069} essai"))
                || left == 1,
            "{left} left"
        );
    }
    let fifth = client.post("/sign-in/code", &[("code", wrong)]).await;
    assert!(fifth.body.contains("Trop d'essais"));
    let right = client.post("/sign-in/code", &[("code", &code)]).await;
    assert_eq!(
        right.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "locked even for the right code"
    );
    assert!(client.cookie("carnet_session").is_none());
    let malformed = client.post("/sign-in/code", &[("code", "12ab")]).await;
    assert!(malformed.body.contains("Le code a 6 chiffres"));
}

#[tokio::test]
async fn expired_and_used_codes_are_refused() {
    let app = TestApp::demo();
    let mut client = app.client();
    client
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 01"), ("delivery", "sms")],
        )
        .await;
    let code = six_digits(&app.last_message_to("+33639980001").expect("queued").1).expect("code");
    app.conn()
        .execute("UPDATE login_challenges SET expires_at = 0", [])
        .expect("expire");
    let response = client.post("/sign-in/code", &[("code", &code)]).await;
    assert!(
        response.body.contains("n'est plus valable"),
        "{}",
        response.body
    );

    let mut second = app.client();
    second
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 01"), ("delivery", "sms")],
        )
        .await;
    let code = six_digits(&app.last_message_to("+33639980001").expect("queued").1).expect("code");
    let challenge = second
        .cookie("carnet_challenge")
        .expect("challenge")
        .to_string();
    assert_eq!(
        second
            .post("/sign-in/code", &[("code", &code)])
            .await
            .location(),
        "/family"
    );
    let mut replay = app.client();
    replay.cookies.insert("carnet_challenge".into(), challenge);
    let response = replay.post("/sign-in/code", &[("code", &code)]).await;
    assert_eq!(response.location(), "/sign-in", "a used challenge is gone");
    assert_eq!(
        app.client().get("/sign-in/code").await.location(),
        "/sign-in",
        "no challenge, no code page"
    );
}

#[tokio::test]
async fn code_requests_are_limited_per_number_and_per_address() {
    let app = TestApp::demo();
    for _ in 0..3 {
        let response = app
            .client()
            .post(
                "/sign-in",
                &[("phone", "06 39 98 00 01"), ("delivery", "sms")],
            )
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER);
    }
    let fourth = app
        .client()
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 01"), ("delivery", "sms")],
        )
        .await;
    assert_eq!(fourth.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(fourth.body.contains("Trop de demandes"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE to_phone = '+33639980001'"),
        3
    );
    // The refused fourth request still counted for the address: six more reach its ten.
    for n in 0..6 {
        let phone = format!("06 11 00 00 {n:02}");
        assert_eq!(
            app.client()
                .post("/sign-in", &[("phone", &phone), ("delivery", "sms")])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
    }
    let limited = app
        .client()
        .post(
            "/sign-in",
            &[("phone", "06 11 00 00 99"), ("delivery", "sms")],
        )
        .await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn sign_out_ends_the_session_on_the_server() {
    let app = TestApp::demo();
    let mut client = app.guardian("06 39 98 00 01", "+33639980001").await;
    let token = client
        .cookie("carnet_session")
        .expect("session")
        .to_string();
    let response = client.post("/sign-out", &[]).await;
    assert_eq!(response.location(), "/");
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions"), 0);
    let mut stale = app.client();
    stale.cookies.insert("carnet_session".into(), token);
    assert_eq!(stale.get("/family").await.location(), "/sign-in");
}

#[tokio::test]
async fn cookies_are_secure_behind_https() {
    let app = TestApp::with(true, Some("https://carnet.example.fr"));
    let response = app
        .client()
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 01"), ("delivery", "sms")],
        )
        .await;
    assert!(response.set_cookies().iter().all(|c| c.contains("Secure")));
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = TestApp::demo();
    let mut attacker = app
        .client()
        .with_header("origin", "https://evil.example")
        .with_header("sec-fetch-site", "cross-site");
    let response = attacker
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 01"), ("delivery", "sms")],
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert_eq!(
        response.texts("h1"),
        vec!["Accès refusé".to_string()],
        "a translated page"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM login_challenges"), 0);
    let mut same = app
        .client()
        .with_header("origin", "http://127.0.0.1:8080")
        .with_header("sec-fetch-site", "same-origin");
    assert_eq!(
        same.post(
            "/sign-in",
            &[("phone", "06 39 98 00 01"), ("delivery", "sms")]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn staff_sign_in_checks_the_password_and_limits_attempts() {
    let app = TestApp::demo();
    let mut client = app.client();
    let wrong = client
        .post(
            "/staff/sign-in",
            &[("username", "cpe"), ("password", "nope")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("Identifiant ou mot de passe incorrect"));
    assert!(wrong.body.contains("value=\"cpe\""), "username kept");
    assert!(
        !wrong.body.contains("value=\"nope\""),
        "password never echoed"
    );
    let unknown = client
        .post(
            "/staff/sign-in",
            &[("username", "nobody"), ("password", "nope")],
        )
        .await;
    assert_eq!(
        unknown.texts(".error-summary li"),
        wrong.texts(".error-summary li"),
        "same answer for unknown users"
    );
    let empty = client.post("/staff/sign-in", &[]).await;
    assert_eq!(empty.texts(".error-summary li").len(), 2);
    for _ in 0..4 {
        client
            .post(
                "/staff/sign-in",
                &[("username", "cpe"), ("password", "nope")],
            )
            .await;
    }
    let limited = client
        .post(
            "/staff/sign-in",
            &[
                ("username", "cpe"),
                ("password", carnet::demo::DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    let other = app.staff("prof").await;
    assert!(other.cookie("carnet_session").is_some());
}

#[tokio::test]
async fn the_worker_delivers_queued_codes_and_purges_expired_sessions() {
    use carnet::channels::console::ConsoleProvider;
    use carnet::worker::{Worker, WorkerSettings, purge_expired};
    let app = TestApp::demo();
    let client = app.guardian("06 39 98 00 01", "+33639980001").await;
    let settings = WorkerSettings {
        per_sender_per_second: 0.0,
        ..WorkerSettings::default()
    };
    let worker = Worker::new(
        app.state.pool.clone(),
        std::sync::Arc::new(ConsoleProvider { demo: false }),
        settings,
    );
    assert_eq!(worker.run_once().await.expect("delivers"), 1);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND provider_sid LIKE 'console-%'"
        ),
        1
    );
    assert_eq!(
        purge_expired(&app.conn()).expect("purge"),
        0,
        "live session and used challenge kept a day"
    );
    app.conn()
        .execute("UPDATE sessions SET expires_at = 0", [])
        .expect("expire");
    app.conn()
        .execute("UPDATE login_challenges SET expires_at = 0", [])
        .expect("expire");
    assert_eq!(purge_expired(&app.conn()).expect("purge"), 2);
    let mut stale = app.client();
    stale.cookies = client.cookies.clone();
    assert_eq!(stale.get("/family").await.location(), "/sign-in");
}
