//! The family's settings: saved on valid input, refused with reasons otherwise, kept by imports.

use axum::http::StatusCode;

use crate::support::TestApp;

fn stored(
    app: &TestApp,
    phone: &str,
) -> (Option<String>, String, bool, bool, bool, i64, i64, String) {
    app.conn()
        .query_row(
            "SELECT chosen_language, reading_level, channel_web, channel_sms, channel_voice, quiet_start, quiet_end, rhythm
             FROM guardians WHERE mobile = ?1 OR landline = ?1",
            [phone],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?)),
        )
        .expect("guardian")
}

#[tokio::test]
async fn valid_settings_are_saved_and_confirmed() {
    let app = TestApp::demo();
    let mut client = app.guardian("06 39 98 00 01", "+33639980001").await;
    let page = client.get("/settings").await;
    assert!(
        page.body.contains("value=\"20:00\"") && page.body.contains("value=\"07:30\""),
        "defaults shown"
    );
    let form = [
        ("language", "fr"),
        ("reading", "easy"),
        ("channels", "web"),
        ("channels", "sms"),
        ("quiet_start", "21:30"),
        ("quiet_end", "7:00"),
        ("rhythm", "digest"),
    ];
    let response = client.post("/settings", &form).await;
    assert_eq!(
        (response.status, response.location()),
        (StatusCode::SEE_OTHER, "/settings?saved=1")
    );
    assert_eq!(
        stored(&app, "+33639980001"),
        (
            Some("fr".into()),
            "easy".into(),
            true,
            true,
            false,
            21 * 60 + 30,
            7 * 60,
            "digest".into()
        )
    );
    let confirmed = client.get("/settings?saved=1").await;
    assert_eq!(confirmed.texts("[role=status]").len(), 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'changed_settings'"),
        1
    );
    let easy = client.get("/family").await;
    let easy_title = easy.texts("h1");
    assert_eq!(easy.html().root_element().value().attr("lang"), Some("fr"));
    let mut standard = app.client();
    assert_ne!(standard.get("/").await.texts("h1"), easy_title);
}

#[tokio::test]
async fn invalid_settings_come_back_with_every_error_and_the_values() {
    let app = TestApp::demo();
    let mut client = app.guardian("06 39 98 00 06", "+33639980006").await;
    let before = stored(&app, "+33639980006");
    let form = [
        ("language", "xx"),
        ("reading", "hard"),
        ("quiet_start", "<b>25:00</b>"),
        ("quiet_end", ""),
        ("rhythm", "weekly"),
    ];
    let response = client.post("/settings", &form).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let errors = response.texts(".error-summary li");
    assert_eq!(errors.len(), 6, "{errors:?}");
    assert!(
        response.html().root_element().value().attr("lang") == Some("uk"),
        "errors in the family's language"
    );
    assert!(
        response.body.contains("value=\"&lt;b&gt;25:00&lt;/b&gt;\""),
        "value kept, escaped"
    );
    assert_eq!(stored(&app, "+33639980006"), before, "nothing saved");
}

#[tokio::test]
async fn channels_must_be_reachable_numbers() {
    let app = TestApp::demo();
    let mut landline = app.guardian("01 99 00 00 05", "+33199000005").await;
    let page = landline.get("/settings").await;
    assert!(
        !page.body.contains("value=\"sms\""),
        "no SMS choice without a mobile"
    );
    let form = [
        ("language", "ar"),
        ("reading", "standard"),
        ("channels", "sms"),
        ("quiet_start", "20:00"),
        ("quiet_end", "07:30"),
        ("rhythm", "immediate"),
    ];
    assert_eq!(
        landline.post("/settings", &form).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let none = [
        ("language", "ar"),
        ("reading", "standard"),
        ("quiet_start", "20:00"),
        ("quiet_end", "07:30"),
        ("rhythm", "immediate"),
    ];
    assert_eq!(
        landline.post("/settings", &none).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let odd = [
        ("language", "ar"),
        ("reading", "standard"),
        ("channels", "pigeon"),
        ("channels", "web"),
        ("quiet_start", "20:00"),
        ("quiet_end", "07:30"),
        ("rhythm", "immediate"),
    ];
    assert_eq!(
        landline.post("/settings", &odd).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let voice = [
        ("language", "ar"),
        ("reading", "standard"),
        ("channels", "voice"),
        ("quiet_start", "20:00"),
        ("quiet_end", "07:30"),
        ("rhythm", "immediate"),
    ];
    assert_eq!(
        landline.post("/settings", &voice).await.status,
        StatusCode::SEE_OTHER
    );
}
