//! The demo phone simulator: messages per phone, and replies through the inbound pipeline.

use axum::http::StatusCode;

use crate::support::TestApp;

#[tokio::test]
async fn the_simulator_shows_the_code_sent_to_a_phone() {
    let app = TestApp::demo();
    app.client()
        .post(
            "/sign-in",
            &[("phone", "06 39 98 00 07"), ("delivery", "sms")],
        )
        .await;
    let mut viewer = app.client();
    let index = viewer.get("/simulator").await;
    assert!(index.body.contains("/simulator/33639980007"));
    let conversation = viewer.get("/simulator/33639980007").await;
    let bodies = conversation.texts(".conversation .body");
    assert_eq!(bodies.len(), 1);
    assert!(
        bodies[0].contains("código") || bodies[0].contains("codigo"),
        "Portuguese: {bodies:?}"
    );
}

#[tokio::test]
async fn replies_go_through_the_inbound_pipeline_and_get_help() {
    let app = TestApp::demo();
    let mut phone = app.client();
    let response = phone
        .post("/simulator/33639980009", &[("body", "merhaba")])
        .await;
    assert_eq!(
        (response.status, response.location()),
        (StatusCode::SEE_OTHER, "/simulator/33639980009")
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM inbound WHERE from_phone = '+33639980009' AND body = 'merhaba'"
        ),
        1
    );
    let (channel, reply) = app.last_message_to("+33639980009").expect("answered");
    assert_eq!(channel, "sms");
    let turkish_menu = app
        .state
        .catalogs
        .plain(carnet::domain::locale::Locale::Tr)
        .attr("menu-main", "sms", None);
    assert_eq!(
        reply, turkish_menu,
        "text Carnet cannot act on gets the menu, in Turkish"
    );
    phone.post("/simulator/33611111111", &[("body", "1")]).await;
    let (_, unknown) = app.last_message_to("+33611111111").expect("answered");
    assert_eq!(
        unknown,
        app.state
            .catalogs
            .plain(carnet::domain::locale::Locale::Fr)
            .attr("reply-unknown-number", "sms", None)
    );
}

#[tokio::test]
async fn bad_replies_and_numbers_are_refused() {
    let app = TestApp::demo();
    let mut phone = app.client();
    assert_eq!(
        phone
            .post("/simulator/33639980009", &[("body", "   ")])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let long = "x".repeat(481);
    assert_eq!(
        phone
            .post("/simulator/33639980009", &[("body", &long)])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        phone.get("/simulator/abc").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        phone.get("/simulator/12").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM inbound"), 0);
}

#[tokio::test]
async fn the_simulator_exists_only_in_demo_mode() {
    let app = TestApp::with(false, None);
    let mut client = app.client();
    assert_eq!(client.get("/simulator").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        client
            .post("/simulator/33639980009", &[("body", "1")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(!client.get("/").await.body.contains("/simulator"));
}
