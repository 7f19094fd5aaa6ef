//! A fake Twilio-compatible provider on 127.0.0.1 that records each request exactly.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::IntoResponse;

#[derive(Debug, Clone)]
pub struct Recorded {
    pub path: String,
    pub authorization: String,
    pub content_type: String,
    pub form: Vec<(String, String)>,
}

impl Recorded {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What the fake answers to request number `n` (0-based, in arrival order), seeing the
/// request: status, body, Retry-After.
pub type Script =
    Arc<dyn Fn(usize, &Recorded) -> (u16, String, Option<&'static str>) + Send + Sync>;

#[derive(Clone)]
struct Shared {
    requests: Arc<Mutex<Vec<Recorded>>>,
    script: Script,
    delay: Duration,
}

pub struct FakeProvider {
    pub base_url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

pub fn created(n: usize, _: &Recorded) -> (u16, String, Option<&'static str>) {
    let prefix = "SM";
    (
        201,
        format!(r#"{{"sid":"{prefix}{n:032x}","status":"queued"}}"#),
        None,
    )
}

async fn answer(
    State(shared): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> impl IntoResponse {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let recorded = Recorded {
        path: uri.path().to_string(),
        authorization: header("authorization"),
        content_type: header("content-type"),
        form: form_urlencoded::parse(&body).into_owned().collect(),
    };
    let n = {
        let mut requests = shared.requests.lock().expect("lock");
        requests.push(recorded.clone());
        requests.len() - 1
    };
    tokio::time::sleep(shared.delay).await;
    let (status, body, retry_after) = (shared.script)(n, &recorded);
    let mut response = (StatusCode::from_u16(status).expect("status"), body).into_response();
    if let Some(after) = retry_after {
        response
            .headers_mut()
            .insert("retry-after", after.parse().expect("header"));
    }
    response
}

impl FakeProvider {
    pub async fn start(script: Script, delay: Duration) -> Self {
        let requests = Arc::new(Mutex::new(Vec::new()));
        let shared = Shared {
            requests: requests.clone(),
            script,
            delay,
        };
        let app = Router::new().fallback(answer).with_state(shared);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base_url = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
        Self { base_url, requests }
    }

    pub async fn accepting() -> Self {
        Self::start(Arc::new(created), Duration::ZERO).await
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("lock").clone()
    }
}
