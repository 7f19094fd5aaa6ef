//! Every page, in every locale, keeps the contract: no script, CSP, lang/dir, one h1,
//! skip link, landmarks, labelled fields, switcher, and 14 KB compressed with its CSS.

use std::io::Write;

use axum::http::StatusCode;
use carnet::domain::locale::Locale;
use carnet::web::pages::assets;
use scraper::{Html, Selector};

use crate::support::{Client, Response, TestApp};

const BUDGET_BYTES: usize = 14 * 1024;

fn gzip_len(text: &str) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(text.as_bytes()).expect("gzip");
    encoder.finish().expect("gzip").len()
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).expect("selector"))
        .collect()
}

/// Checks one rendered page against every structural rule; `what` names it in failures.
pub fn assert_contract(response: &Response, locale: Locale, what: &str) {
    let csp = response.header("content-security-policy");
    for rule in [
        "default-src 'none'",
        "style-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(rule), "{what}: CSP lacks {rule}: {csp}");
    }
    assert!(!csp.contains("script-src"), "{what}: CSP allows scripts");
    assert!(
        response.header("content-type").starts_with("text/html"),
        "{what}"
    );
    let body = &response.body;
    assert!(
        !body.to_lowercase().contains("<script"),
        "{what}: has a script"
    );
    let html = response.html();
    for element in select(&html, "*") {
        assert!(
            !element
                .value()
                .attrs()
                .any(|(name, _)| name.starts_with("on")),
            "{what}: inline event handler"
        );
    }
    let root = select(&html, "html");
    assert_eq!(
        root[0].value().attr("lang"),
        Some(locale.language_tag()),
        "{what}: lang"
    );
    assert_eq!(
        root[0].value().attr("dir"),
        Some(locale.dir()),
        "{what}: dir"
    );
    assert_eq!(select(&html, "h1").len(), 1, "{what}: exactly one h1");
    let first_link = select(&html, "body a");
    assert_eq!(
        first_link[0].value().attr("href"),
        Some("#main"),
        "{what}: skip link first"
    );
    assert_eq!(select(&html, "main#main").len(), 1, "{what}: main#main");
    for landmark in ["header", "nav", "footer"] {
        assert!(!select(&html, landmark).is_empty(), "{what}: no {landmark}");
    }
    for input in select(&html, "input, select, textarea") {
        let kind = input.value().attr("type").unwrap_or("text");
        if matches!(kind, "hidden" | "submit") {
            continue;
        }
        let id = input
            .value()
            .attr("id")
            .unwrap_or_else(|| panic!("{what}: field without id"));
        assert_eq!(
            select(&html, &format!("label[for=\"{id}\"]")).len(),
            1,
            "{what}: no label for {id}"
        );
    }
    for fieldset in select(&html, "fieldset") {
        assert!(
            fieldset
                .select(&Selector::parse("legend").expect("selector"))
                .next()
                .is_some(),
            "{what}: fieldset without legend"
        );
    }
    for link in select(&html, ".error-summary a") {
        let target = link
            .value()
            .attr("href")
            .unwrap_or("")
            .trim_start_matches('#');
        assert_eq!(
            select(&html, &format!("#{target}")).len(),
            1,
            "{what}: error summary links to missing #{target}"
        );
    }
    let switcher: Vec<_> = select(&html, "footer nav a[hreflang]");
    assert_eq!(
        switcher.len(),
        Locale::ALL.len(),
        "{what}: language switcher"
    );
    for (link, locale) in switcher.iter().zip(Locale::ALL) {
        assert!(
            link.value()
                .attr("href")
                .unwrap_or("")
                .ends_with(&format!("?lang={}", locale.code())),
            "{what}"
        );
        assert_eq!(
            link.value().attr("lang"),
            Some(locale.language_tag()),
            "{what}"
        );
        assert_eq!(
            link.text().collect::<String>(),
            locale.native_name(),
            "{what}"
        );
    }
    let size = gzip_len(body) + gzip_len(assets::stylesheet());
    assert!(
        size <= BUDGET_BYTES,
        "{what}: {size} bytes compressed with CSS"
    );
}

async fn check_all(client: &mut Client<'_>, locale: Locale, paths: &[(&str, StatusCode)]) {
    for (path, status) in paths {
        let response = client.get(path).await;
        assert_eq!(
            response.status, *status,
            "{path} in {locale}: {}",
            response.body
        );
        assert_contract(&response, locale, &format!("{path} in {locale}"));
    }
}

const PUBLIC: &[(&str, StatusCode)] = &[
    ("/", StatusCode::OK),
    ("/sign-in", StatusCode::OK),
    ("/staff/sign-in", StatusCode::OK),
    ("/help", StatusCode::OK),
    ("/privacy", StatusCode::OK),
    ("/accessibility", StatusCode::OK),
    ("/simulator", StatusCode::OK),
    ("/simulator/33639980001", StatusCode::OK),
    ("/no-such-page", StatusCode::NOT_FOUND),
];

#[tokio::test]
async fn public_pages_keep_the_contract_in_every_locale() {
    let app = TestApp::demo();
    for (n, locale) in Locale::ALL.into_iter().enumerate() {
        let mut client = app.client();
        client
            .cookies
            .insert("carnet_lang".into(), locale.code().into());
        check_all(&mut client, locale, PUBLIC).await;
        let failed = client
            .post("/sign-in", &[("phone", "not a phone"), ("delivery", "sms")])
            .await;
        assert_eq!(failed.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_contract(&failed, locale, &format!("failed sign-in in {locale}"));
        client
            .post(
                "/sign-in",
                &[
                    ("phone", &format!("06 11 00 00 {n:02}")),
                    ("delivery", "sms"),
                ],
            )
            .await;
        check_all(&mut client, locale, &[("/sign-in/code", StatusCode::OK)]).await;
    }
}

#[tokio::test]
async fn family_pages_keep_the_contract_in_every_locale() {
    let app = TestApp::demo();
    let (class_id, yasmine): (i64, i64) = app
        .conn()
        .query_row(
            "SELECT class_id, id FROM pupils WHERE first_name = 'Yasmine'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("pupil");
    let mut cpe = app.staff("cpe").await;
    cpe.post(
        &format!("/staff/classes/{class_id}/roll-call"),
        &[("half", "am"), (&format!("mark-{yasmine}"), "absent")],
    )
    .await;
    carnet::channels::absence_notice::signal_due_absences(
        &mut app.conn(),
        &app.state.catalogs,
        carnet::store::now() + 3600,
    )
    .expect("signal");
    let absence: i64 = app
        .conn()
        .query_row("SELECT id FROM absences", [], |r| r.get(0))
        .expect("absence");
    let reason_page = format!("/family/absences/{absence}");
    let meeting_new = cpe
        .post(
            "/staff/meetings/new",
            &[
                (
                    "host",
                    &app.count("SELECT id FROM staff WHERE username = 'cpe'")
                        .to_string(),
                ),
                ("class", &class_id.to_string()),
                ("pupil", &yasmine.to_string()),
                ("purpose", "Bilan"),
                ("place", "Salle 12"),
                ("duration", "30"),
                ("slot-A-date", "2099-03-02"),
                ("slot-A-time", "17:00"),
            ],
        )
        .await;
    assert_eq!(meeting_new.status, StatusCode::SEE_OTHER);
    let meeting: i64 = app
        .conn()
        .query_row("SELECT id FROM meetings", [], |r| r.get(0))
        .expect("meeting");
    let meeting_page = format!("/family/meetings/{meeting}");
    let mut client = app.guardian("06 39 98 00 03", "+33639980003").await;
    for locale in Locale::ALL {
        let switched = client.get(&format!("/family?lang={}", locale.code())).await;
        assert_eq!(switched.status, StatusCode::SEE_OTHER);
        check_all(
            &mut client,
            locale,
            &[
                ("/family", StatusCode::OK),
                ("/family/access", StatusCode::OK),
                ("/settings", StatusCode::OK),
                (reason_page.as_str(), StatusCode::OK),
                (meeting_page.as_str(), StatusCode::OK),
                ("/family/calendar", StatusCode::OK),
            ],
        )
        .await;
        let failed = client
            .post("/settings", &[("language", "xx"), ("quiet_start", "99:99")])
            .await;
        assert_eq!(failed.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_contract(&failed, locale, &format!("failed settings in {locale}"));
    }
}

#[tokio::test]
async fn staff_pages_keep_the_contract_in_every_locale() {
    let app = TestApp::demo();
    let mut client = app.staff("cpe").await;
    for locale in Locale::ALL {
        client
            .cookies
            .insert("carnet_lang".into(), locale.code().into());
        check_all(
            &mut client,
            locale,
            &[
                ("/staff", StatusCode::OK),
                ("/staff/classes/1", StatusCode::OK),
                ("/staff/classes/1/roll-call", StatusCode::OK),
                ("/staff/absences", StatusCode::OK),
                ("/staff/absences/new", StatusCode::OK),
                ("/staff/absences/new?class=1", StatusCode::OK),
                ("/staff/absences/new?class=999", StatusCode::NOT_FOUND),
                ("/staff/meetings", StatusCode::OK),
                ("/staff/meetings/new?class=1", StatusCode::OK),
                ("/staff/evenings/new", StatusCode::OK),
                ("/staff/help-requests", StatusCode::OK),
                ("/staff/follow-up", StatusCode::OK),
            ],
        )
        .await;
    }
}

#[tokio::test]
async fn health_answers_when_the_database_does() {
    let app = TestApp::demo();
    let response = app.client().get("/healthz").await;
    assert_eq!(
        (response.status, response.body.as_str()),
        (StatusCode::OK, "ok\n")
    );
}

#[tokio::test]
async fn the_stylesheet_is_served_and_cached() {
    let app = TestApp::demo();
    let response = app.client().get(&assets::stylesheet_href()).await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.header("content-type").starts_with("text/css"));
    assert!(response.header("cache-control").contains("immutable"));
    assert_eq!(
        app.client().get("/static/other.css").await.status,
        StatusCode::NOT_FOUND
    );
}
