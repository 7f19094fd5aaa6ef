//! Language choice: stored family choice, then ?lang and its cookie, then the browser, then French.

use axum::http::StatusCode;

use crate::support::TestApp;

fn lang_of(response: &crate::support::Response) -> Option<String> {
    response
        .html()
        .root_element()
        .value()
        .attr("lang")
        .map(String::from)
}

#[tokio::test]
async fn the_browser_language_is_used_then_french() {
    let app = TestApp::demo();
    let mut ukrainian = app
        .client()
        .with_header("accept-language", "de-DE, uk;q=0.8, fr;q=0.5");
    assert_eq!(lang_of(&ukrainian.get("/").await).as_deref(), Some("uk"));
    let mut german = app.client().with_header("accept-language", "de-DE");
    assert_eq!(lang_of(&german.get("/").await).as_deref(), Some("fr"));
}

#[tokio::test]
async fn a_lang_link_sets_a_cookie_that_beats_the_browser() {
    let app = TestApp::demo();
    let mut client = app.client().with_header("accept-language", "pt");
    let switched = client.get("/help?lang=ar").await;
    assert_eq!(
        (switched.status, switched.location()),
        (StatusCode::SEE_OTHER, "/help")
    );
    let page = client.get("/help").await;
    assert_eq!(lang_of(&page).as_deref(), Some("ar"));
    assert_eq!(page.html().root_element().value().attr("dir"), Some("rtl"));
    let unknown = client.get("/help?lang=xx").await;
    assert_eq!(
        lang_of(&unknown).as_deref(),
        Some("ar"),
        "an unknown code changes nothing"
    );
    let falc = client.get("/?lang=fr-falc").await;
    assert_eq!(falc.status, StatusCode::SEE_OTHER);
    let easy = client.get("/").await;
    assert_eq!(lang_of(&easy).as_deref(), Some("fr"));
    assert_eq!(
        easy.texts("footer a[aria-current]"),
        vec!["Français facile à lire".to_string()]
    );
}

#[tokio::test]
async fn a_guardians_stored_language_wins_and_the_switcher_updates_it() {
    let app = TestApp::demo();
    let mut client = app.guardian("06 39 98 00 03", "+33639980003").await;
    client.cookies.insert("carnet_lang".into(), "uk".into());
    let home = client.get("/family").await;
    assert_eq!(
        lang_of(&home).as_deref(),
        Some("ar"),
        "the school's record says Arabic"
    );
    client.get("/family?lang=pt").await;
    let chosen: String = app
        .conn()
        .query_row(
            "SELECT chosen_language FROM guardians WHERE mobile = '+33639980003'",
            [],
            |r| r.get(0),
        )
        .expect("stored");
    assert_eq!(chosen, "pt");
    client.cookies.insert("carnet_lang".into(), "tr".into());
    assert_eq!(lang_of(&client.get("/family").await).as_deref(), Some("pt"));
}

#[tokio::test]
async fn names_inside_right_to_left_text_are_isolated() {
    let app = TestApp::demo();
    let mut client = app.guardian("06 39 98 00 03", "+33639980003").await;
    let home = client.get("/family").await;
    assert!(home.body.contains("<bdi>Yasmine Haddad</bdi>"));
    assert!(
        home.body.contains("\u{2068}Karima\u{2069}"),
        "Fluent isolates placeables in HTML"
    );
}
