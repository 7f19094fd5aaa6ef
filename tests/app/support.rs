//! Test harness: a seeded demo app on a temp database, and a cookie-keeping client.

use std::collections::HashMap;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use carnet::config::{Config, ServerArgs};
use carnet::{AppState, build_app, demo, store};
use http_body_util::BodyExt;
use tower::ServiceExt;

pub struct TestApp {
    pub app: Router,
    pub state: AppState,
    _dir: tempfile::TempDir,
}

impl TestApp {
    /// The demo establishment, seeded, in demo mode.
    pub fn demo() -> Self {
        Self::with(true, None)
    }

    pub fn with(demo_mode: bool, public_url: Option<&str>) -> Self {
        let mut flags = Vec::new();
        if let Some(url) = public_url {
            flags.extend(["--public-url", url]);
        }
        Self::with_flags(demo_mode, &flags)
    }

    /// Whether the flags make a valid configuration (without starting anything).
    pub fn try_with_flags(flags: &[&str]) -> Result<(), String> {
        let mut argv = vec!["carnet"];
        argv.extend(flags);
        Config::new(&server_args(&argv), false).map(|_| ())
    }

    /// An app started with these command-line flags, as `carnet serve` would be.
    pub fn with_flags(demo_mode: bool, flags: &[&str]) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("carnet.db");
        let mut argv = vec!["carnet", "--db", db.to_str().expect("utf-8 path")];
        argv.extend(flags);
        let args = server_args(&argv);
        let config = Config::new(&args, demo_mode).expect("config");
        let pool = store::open(&config.db).expect("database");
        demo::seed(&mut pool.get().expect("connection")).expect("seed");
        let state = AppState::new(config, pool).expect("catalogs");
        Self {
            app: build_app(state.clone()),
            state,
            _dir: dir,
        }
    }

    pub fn client(&self) -> Client<'_> {
        Client {
            app: self,
            cookies: HashMap::new(),
            headers: Vec::new(),
        }
    }

    pub fn conn(&self) -> r2d2::PooledConnection<r2d2_sqlite::SqliteConnectionManager> {
        self.state.pool.get().expect("connection")
    }

    /// The newest message the outbox holds for a phone: (channel, body).
    pub fn last_message_to(&self, phone: &str) -> Option<(String, String)> {
        self.conn()
            .query_row(
                "SELECT channel, body FROM outbox WHERE to_phone = ?1 ORDER BY id DESC LIMIT 1",
                [phone],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .ok()
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.conn().query_row(sql, [], |r| r.get(0)).expect(sql)
    }

    /// A guardian signed in through the real code flow.
    pub async fn guardian(&self, phone_typed: &str, e164: &str) -> Client<'_> {
        let mut client = self.client();
        let response = client
            .post("/sign-in", &[("phone", phone_typed), ("delivery", "sms")])
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        let (_, body) = self.last_message_to(e164).expect("a code was queued");
        let code = six_digits(&body.replace(", ", "")).expect("the message carries a code");
        let response = client.post("/sign-in/code", &[("code", &code)]).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        assert_eq!(response.location(), "/family");
        client
    }

    pub async fn staff(&self, username: &str) -> Client<'_> {
        let mut client = self.client();
        let response = client
            .post(
                "/staff/sign-in",
                &[("username", username), ("password", demo::DEMO_PASSWORD)],
            )
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        client
    }
}

/// Flags parsed exactly as the binary parses them.
pub fn server_args(argv: &[&str]) -> ServerArgs {
    use clap::Parser;
    #[derive(clap::Parser)]
    struct Cli {
        #[command(flatten)]
        args: ServerArgs,
    }
    Cli::parse_from(argv).args
}

/// The first run of exactly six ASCII digits in a text.
pub fn six_digits(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(6).enumerate().find_map(|(i, w)| {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 6);
        (w.iter().all(char::is_ascii_digit)
            && !before.is_some_and(|c| c.is_ascii_digit())
            && !after.is_some_and(|c| c.is_ascii_digit()))
        .then(|| w.iter().collect())
    })
}

pub struct Response {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Response {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(String::from)
            .collect()
    }

    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    /// Text of the elements matching a CSS selector, joined by newlines.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).expect("selector");
        self.html()
            .select(&selector)
            .map(|e| e.text().collect::<String>())
            .collect()
    }
}

pub struct Client<'a> {
    pub app: &'a TestApp,
    pub cookies: HashMap<String, String>,
    /// Extra headers sent with every request (Accept-Language, Origin...).
    pub headers: Vec<(String, String)>,
}

impl Client<'_> {
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.get(name).map(String::as_str)
    }

    pub async fn send(&mut self, request: Request<Body>) -> Response {
        let mut request = request;
        let cookie_header: Vec<String> = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        if !cookie_header.is_empty() {
            request.headers_mut().insert(
                header::COOKIE,
                cookie_header.join("; ").parse().expect("cookie header"),
            );
        }
        for (name, value) in &self.headers {
            request.headers_mut().insert(
                axum::http::HeaderName::from_bytes(name.as_bytes()).expect("header name"),
                value.parse().expect("header value"),
            );
        }
        let response = self
            .app
            .app
            .clone()
            .oneshot(request)
            .await
            .expect("router answers");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let body = String::from_utf8_lossy(&bytes).into_owned();
        for set in headers.get_all(header::SET_COOKIE) {
            let set = set.to_str().unwrap_or("");
            let pair = set.split(';').next().unwrap_or("");
            if let Some((name, value)) = pair.split_once('=') {
                if value.is_empty() || set.contains("Max-Age=0") {
                    self.cookies.remove(name);
                } else {
                    self.cookies.insert(name.to_string(), value.to_string());
                }
            }
        }
        Response {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&mut self, path: &str) -> Response {
        self.send(Request::get(path).body(Body::empty()).expect("request"))
            .await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Response {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        self.post_raw(path, "application/x-www-form-urlencoded", body)
            .await
    }

    pub async fn post_raw(&mut self, path: &str, content_type: &str, body: String) -> Response {
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, content_type)
            .body(Body::from(body))
            .expect("request");
        self.send(request).await
    }
}
