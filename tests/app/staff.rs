//! Staff pages: classes, class lists, and the audit trail they leave for families.

use axum::http::StatusCode;

use crate::support::TestApp;

#[tokio::test]
async fn the_staff_home_lists_the_classes_with_their_pupils() {
    let app = TestApp::demo();
    let mut cpe = app.staff("cpe").await;
    let home = cpe.get("/staff").await;
    assert_eq!(
        home.texts("tbody th"),
        vec!["6e A", "5e B", "4e C", "3e D"]
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
    );
    let counts: i64 = home
        .texts("tbody td:nth-of-type(1)")
        .iter()
        .map(|c| c.parse::<i64>().expect("count"))
        .sum();
    assert_eq!(counts, app.count("SELECT COUNT(*) FROM pupils"));
    assert!((55..=65).contains(&counts), "about sixty pupils: {counts}");
}

#[tokio::test]
async fn reading_a_class_list_is_logged_and_shown_to_the_family() {
    let app = TestApp::demo();
    let class_of_lea: i64 = app
        .conn()
        .query_row(
            "SELECT class_id FROM pupils WHERE first_name = 'Léa' AND last_name = 'Martin'",
            [],
            |r| r.get(0),
        )
        .expect("Léa");
    let mut cpe = app.staff("cpe").await;
    let roster = cpe.get(&format!("/staff/classes/{class_of_lea}")).await;
    assert_eq!(roster.status, StatusCode::OK);
    assert!(roster.body.contains("Léa Martin"));
    assert!(
        roster.body.contains("06 39 98 00 01"),
        "guardian phones listed for vie scolaire"
    );
    let mut family = app.guardian("06 39 98 00 01", "+33639980001").await;
    let log = family.get("/family/access").await;
    let entries = log.texts("main li");
    assert!(
        entries
            .iter()
            .any(|e| e.contains("Karim Belkacem") && e.contains("vie scolaire")),
        "{entries:?}"
    );
    let mut other = app.guardian("06 39 98 00 06", "+33639980006").await;
    let entries = other.get("/family/access").await.texts("main li");
    let ukrainian_children_class: i64 = app
        .conn()
        .query_row(
            "SELECT class_id FROM pupils WHERE last_name = 'Kovalenko' LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("pupil");
    if ukrainian_children_class != class_of_lea {
        assert!(
            entries.iter().all(|e| !e.contains("Karim")),
            "other families' logs untouched: {entries:?}"
        );
    }
}
