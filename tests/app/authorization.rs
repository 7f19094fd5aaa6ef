//! Who may see what: guardians their own children, staff their own establishment.

use axum::http::StatusCode;
use carnet::domain::csv_import::parse_file;
use carnet::domain::password::hash_password;
use carnet::domain::role::Role;
use carnet::store::{import, schools, staff};

use crate::support::TestApp;

#[tokio::test]
async fn anonymous_visitors_are_sent_to_sign_in() {
    let app = TestApp::demo();
    let mut client = app.client();
    for (path, target) in [
        ("/family", "/sign-in"),
        ("/settings", "/sign-in"),
        ("/family/access", "/sign-in"),
        ("/staff", "/staff/sign-in"),
        ("/staff/classes/1", "/staff/sign-in"),
    ] {
        let response = client.get(path).await;
        assert_eq!(
            (response.status, response.location()),
            (StatusCode::SEE_OTHER, target),
            "{path}"
        );
    }
}

#[tokio::test]
async fn guardians_and_staff_stay_on_their_side() {
    let app = TestApp::demo();
    let mut guardian = app.guardian("06 39 98 00 01", "+33639980001").await;
    assert_eq!(guardian.get("/staff").await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        guardian.get("/staff/classes/1").await.status,
        StatusCode::FORBIDDEN
    );
    let mut staff = app.staff("cpe").await;
    assert_eq!(staff.get("/family").await.status, StatusCode::FORBIDDEN);
    assert_eq!(staff.get("/settings").await.status, StatusCode::FORBIDDEN);
    let forbidden = staff.get("/family").await;
    assert_eq!(forbidden.texts("h1"), vec!["Accès refusé".to_string()]);
}

#[tokio::test]
async fn each_guardian_sees_only_their_own_children() {
    let app = TestApp::demo();
    let mut martin = app.guardian("06 39 98 00 01", "+33639980001").await;
    let names = martin.get("/family").await.texts("section.child h2");
    assert_eq!(
        names,
        vec!["Hugo Martin".to_string(), "Léa Martin".to_string()]
    );
    // The separated parents: two households, one child, both see him.
    let father_phone: String = app
        .conn()
        .query_row(
            "SELECT mobile FROM guardians WHERE last_name = 'Petit' AND first_name = 'Laurent'",
            [],
            |r| r.get(0),
        )
        .expect("father");
    let mother_phone: String = app
        .conn()
        .query_row(
            "SELECT mobile FROM guardians WHERE last_name = 'Petit' AND first_name = 'Stéphanie'",
            [],
            |r| r.get(0),
        )
        .expect("mother");
    for phone in [father_phone, mother_phone] {
        let mut parent = app.guardian(&phone, &phone).await;
        assert_eq!(
            parent.get("/family").await.texts("section.child h2"),
            vec!["Noah Petit".to_string()]
        );
    }
}

#[tokio::test]
async fn mediators_do_not_read_class_lists() {
    let app = TestApp::demo();
    let mut mediator = app.staff("mediateur").await;
    let home = mediator.get("/staff").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(
        !home.body.contains("/staff/classes/"),
        "no links to class lists"
    );
    assert_eq!(
        mediator.get("/staff/classes/1").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn staff_never_see_another_establishment() {
    let app = TestApp::demo();
    let text = "uai;etablissement;classe;eleve_id;eleve_nom;eleve_prenom;resp_id;resp_nom;resp_prenom;tel_portable\n\
                0750654D;Collège Voisin;6e Z;X1;Autre;Élève;Q1;Autre;Parent;06 39 98 90 01\n";
    let (rows, errors) = parse_file(text, |_| {});
    assert!(errors.is_empty());
    let other_class = {
        let mut conn = app.conn();
        import::apply(&mut conn, &rows, false, |_| {}).expect("import");
        let other = schools::establishment_id_by_uai(&conn, "0750654D")
            .expect("query")
            .expect("created");
        staff::insert(
            &conn,
            other,
            "voisin",
            "Voisin CPE",
            Role::VieScolaire,
            &hash_password("voisin-password").expect("hash"),
        )
        .expect("staff");
        conn.query_row("SELECT id FROM classes WHERE name = '6e Z'", [], |r| {
            r.get::<_, i64>(0)
        })
        .expect("class")
    };
    let mut demo_cpe = app.staff("cpe").await;
    let home = demo_cpe.get("/staff").await;
    assert!(!home.body.contains("6e Z"));
    assert_eq!(
        demo_cpe
            .get(&format!("/staff/classes/{other_class}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let mut voisin = app.client();
    voisin
        .post(
            "/staff/sign-in",
            &[("username", "voisin"), ("password", "voisin-password")],
        )
        .await;
    let theirs = voisin.get("/staff").await;
    assert!(theirs.body.contains("6e Z") && !theirs.body.contains("6e A"));
    assert_eq!(
        voisin.get("/staff/classes/1").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        voisin.get("/staff/classes/abc").await.status,
        StatusCode::NOT_FOUND
    );
}
