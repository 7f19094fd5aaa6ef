//! The Twilio client and the worker against a fake provider: exact requests, every error class,
//! quiet hours, opt-out, pacing across senders.

use std::sync::Arc;
use std::time::Duration;

use carnet::channels::twilio::{TwilioClient, TwilioSettings};
use carnet::channels::{Provider, SendError};
use carnet::domain::preferences::{QuietHours, TimeOfDay};
use carnet::store::outbox::{self, Channel, Delivery, NewDelivery};
use carnet::store::{phones, write};
use carnet::worker::{Worker, WorkerSettings};

use crate::fake_provider::{FakeProvider, Script, created};
use crate::support::TestApp;

pub const ACCOUNT: &str = "AC0123456789abcdef0123456789abcdef";

pub fn settings(base_url: &str, from: &[&str]) -> TwilioSettings {
    TwilioSettings {
        base_url: base_url.to_string(),
        account_sid: ACCOUNT.to_string(),
        auth_token: "secret-token".to_string(),
        from: from.iter().map(|f| f.to_string()).collect(),
        messaging_service_sid: None,
        public_url: "https://carnet.example.fr".to_string(),
    }
}

fn delivery(id: i64, channel: Channel) -> Delivery {
    Delivery {
        id,
        channel,
        to_phone: "+33639980001".into(),
        body: "Carnet : votre code est 123456.".into(),
        locale: "fr".into(),
        attempts: 0,
        quiet_hours: None,
        confirms_opt_out: false,
    }
}

#[tokio::test]
async fn an_sms_is_one_form_post_with_basic_auth_to_messages_json() {
    let fake = FakeProvider::accepting().await;
    let client = TwilioClient::new(settings(&fake.base_url, &["+33700000001"])).expect("client");
    let sent = client
        .send(&delivery(7, Channel::Sms), "+33700000001")
        .await
        .expect("sent");
    assert_eq!(sent.provider_sid, format!("SM{:032x}", 0));
    let request = &fake.requests()[0];
    assert_eq!(
        request.path,
        format!("/2010-04-01/Accounts/{ACCOUNT}/Messages.json")
    );
    use base64::Engine;
    let expected =
        base64::engine::general_purpose::STANDARD.encode(format!("{ACCOUNT}:secret-token"));
    assert_eq!(request.authorization, format!("Basic {expected}"));
    assert_eq!(request.content_type, "application/x-www-form-urlencoded");
    let fields: Vec<(&str, &str)> = request
        .form
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        fields,
        vec![
            ("To", "+33639980001"),
            ("From", "+33700000001"),
            ("Body", "Carnet : votre code est 123456."),
            ("StatusCallback", "https://carnet.example.fr/twilio/status"),
        ]
    );
}

#[tokio::test]
async fn a_messaging_service_replaces_from_and_calls_fetch_their_script() {
    let fake = FakeProvider::accepting().await;
    let mut with_service = settings(&fake.base_url, &["+33700000001"]);
    with_service.messaging_service_sid = Some("MG0123456789abcdef0123456789abcdef".into());
    let client = TwilioClient::new(with_service).expect("client");
    assert_eq!(
        client.senders(),
        vec!["MG0123456789abcdef0123456789abcdef".to_string()]
    );
    client
        .send(
            &delivery(1, Channel::Sms),
            "MG0123456789abcdef0123456789abcdef",
        )
        .await
        .expect("sent");
    client
        .send(
            &delivery(42, Channel::Voice),
            "MG0123456789abcdef0123456789abcdef",
        )
        .await
        .expect("call");
    let requests = fake.requests();
    assert_eq!(
        requests[0].field("MessagingServiceSid"),
        Some("MG0123456789abcdef0123456789abcdef")
    );
    assert_eq!(requests[0].field("From"), None);
    assert_eq!(
        requests[1].path,
        format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json")
    );
    assert_eq!(requests[1].field("From"), Some("+33700000001"));
    assert_eq!(
        requests[1].field("Url"),
        Some("https://carnet.example.fr/twilio/voice/outbound?delivery=42")
    );
    assert_eq!(requests[1].field("Method"), Some("POST"));
    assert_eq!(
        requests[1].field("Body"),
        None,
        "the script never travels in the request"
    );
}

#[tokio::test]
async fn each_error_class_is_told_apart() {
    let script: Script = Arc::new(|n, request| match n {
        0 => (
            429,
            r#"{"code":20429,"message":"Too Many Requests"}"#.into(),
            Some("3"),
        ),
        1 => (503, "Service Unavailable".into(), None),
        2 => (
            400,
            r#"{"code":21211,"message":"The 'To' number is not a valid phone number."}"#.into(),
            None,
        ),
        3 => (
            400,
            r#"{"code":21610,"message":"Attempt to send to unsubscribed recipient"}"#.into(),
            None,
        ),
        _ => created(n, request),
    });
    let fake = FakeProvider::start(script, Duration::ZERO).await;
    let client = TwilioClient::new(settings(&fake.base_url, &["+33700000001"])).expect("client");
    let sms = delivery(1, Channel::Sms);
    assert!(matches!(
        client.send(&sms, "+33700000001").await,
        Err(SendError::Retry {
            after_seconds: Some(3),
            ..
        })
    ));
    assert!(matches!(
        client.send(&sms, "+33700000001").await,
        Err(SendError::Retry {
            after_seconds: None,
            ..
        })
    ));
    assert!(matches!(
        client.send(&sms, "+33700000001").await,
        Err(SendError::Permanent {
            number: Some("invalid"),
            ..
        })
    ));
    assert!(matches!(
        client.send(&sms, "+33700000001").await,
        Err(SendError::Permanent {
            number: Some("unsubscribed"),
            ..
        })
    ));
    let nowhere =
        TwilioClient::new(settings("http://127.0.0.1:9", &["+33700000001"])).expect("client");
    assert!(
        matches!(
            nowhere.send(&sms, "+33700000001").await,
            Err(SendError::Retry { .. })
        ),
        "a refused connection is retried"
    );
}

fn enqueue(app: &TestApp, phone: &str, body: &str, urgent: bool, quiet: Option<QuietHours>) -> i64 {
    write(&mut app.conn(), |tx| {
        outbox::enqueue(
            tx,
            &NewDelivery {
                establishment_id: None,
                guardian_id: None,
                channel: Channel::Sms,
                to_phone: phone,
                body,
                locale: "fr",
                urgent,
                quiet_hours: quiet,
                confirms_opt_out: false,
            },
        )
    })
    .expect("enqueue")
}

fn worker(
    app: &TestApp,
    fake: &FakeProvider,
    from: &[&str],
    per_second: f64,
) -> Worker<TwilioClient> {
    let client = TwilioClient::new(settings(&fake.base_url, from)).expect("client");
    Worker::new(
        app.state.pool.clone(),
        Arc::new(client),
        WorkerSettings {
            per_sender_per_second: per_second,
            ..WorkerSettings::default()
        },
    )
}

fn row(app: &TestApp, id: i64) -> (String, i64, i64, Option<String>) {
    app.conn()
        .query_row(
            "SELECT status, attempts, next_attempt_at, provider_sid FROM outbox WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .expect("row")
}

#[tokio::test]
async fn the_worker_retries_later_and_gives_permanent_failures_to_mediators() {
    let app = TestApp::demo();
    // Answers by content: the two deliveries are sent concurrently, in either order.
    let script: Script = Arc::new(|n, request| match (n, request.field("Body")) {
        (0 | 1, Some("un")) => (500, String::new(), None),
        (_, Some("deux")) => (400, r#"{"code":21211,"message":"invalid"}"#.into(), None),
        _ => created(n, request),
    });
    let fake = FakeProvider::start(script, Duration::ZERO).await;
    let retried = enqueue(&app, "+33639980001", "un", true, None);
    let refused = enqueue(&app, "+33639980003", "deux", true, None);
    let worker = worker(&app, &fake, &["+33700000001"], 0.0);
    assert_eq!(worker.run_once().await.expect("pass"), 2);
    let (status, attempts, next, _) = row(&app, retried);
    assert_eq!((status.as_str(), attempts), ("queued", 1));
    assert!(next > carnet::store::now() + 10, "backed off");
    assert_eq!(row(&app, refused).0, "failed");
    assert_eq!(
        phones::status(&app.conn(), "+33639980003")
            .expect("status")
            .failure
            .as_deref(),
        Some("invalid")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM mediator_tasks WHERE phone = '+33639980003' AND kind = 'unreachable'"), 1);
    assert_eq!(worker.run_once().await.expect("pass"), 0, "not due yet");
    app.conn()
        .execute(
            "UPDATE outbox SET next_attempt_at = 0 WHERE id = ?1",
            [retried],
        )
        .expect("due");
    worker.run_once().await.expect("pass");
    let (status, attempts, _, sid) = row(&app, retried);
    assert_eq!((status.as_str(), attempts), ("sent", 2));
    assert!(sid.is_some_and(|s| s.starts_with("SM")));
}

#[tokio::test]
async fn quiet_hours_wait_and_urgent_messages_do_not() {
    let app = TestApp::demo();
    let fake = FakeProvider::accepting().await;
    let always = QuietHours {
        start: TimeOfDay::new(0, 0).expect("time"),
        end: TimeOfDay::new(23, 59).expect("time"),
    };
    let waiting = enqueue(&app, "+33639980001", "pas urgent", false, Some(always));
    let urgent = enqueue(&app, "+33639980001", "code", true, Some(always));
    worker(&app, &fake, &["+33700000001"], 0.0)
        .run_once()
        .await
        .expect("pass");
    let (status, attempts, next, _) = row(&app, waiting);
    assert_eq!(
        (status.as_str(), attempts),
        ("queued", 0),
        "waiting does not use up an attempt"
    );
    assert!(next > carnet::store::now());
    assert_eq!(row(&app, urgent).0, "sent");
    assert_eq!(fake.requests().len(), 1);
}

#[tokio::test]
async fn numbers_that_opted_out_get_no_sms() {
    let app = TestApp::demo();
    let fake = FakeProvider::accepting().await;
    phones::set_sms_opt_out(&app.conn(), "+33639980001", true).expect("stop");
    let id = enqueue(&app, "+33639980001", "info", true, None);
    worker(&app, &fake, &["+33700000001"], 0.0)
        .run_once()
        .await
        .expect("pass");
    assert_eq!(row(&app, id).0, "suppressed");
    assert!(fake.requests().is_empty());
}

#[tokio::test]
async fn the_rate_limit_holds_per_sender_and_load_is_spread() {
    let app = TestApp::demo();
    let fake = FakeProvider::accepting().await;
    for n in 0..8 {
        enqueue(&app, &format!("+336399801{n:02}"), "x", true, None);
    }
    let start = std::time::Instant::now();
    let worker = worker(&app, &fake, &["+33700000001", "+33700000002"], 10.0);
    while app.count("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'") > 0 {
        worker.run_once().await.expect("pass");
    }
    let elapsed = start.elapsed();
    // Eight messages over two senders at 10/s each: four slots per sender, 0.3 s at least.
    assert!(elapsed >= Duration::from_millis(290), "{elapsed:?}");
    let senders: Vec<String> = fake
        .requests()
        .iter()
        .filter_map(|r| r.field("From").map(String::from))
        .collect();
    assert_eq!(senders.iter().filter(|s| *s == "+33700000001").count(), 4);
    assert_eq!(senders.iter().filter(|s| *s == "+33700000002").count(), 4);
}

/// Sends what the client can send to the Prism mock built from Twilio's own definition
/// (`../shared/peers/twilio/run-mock.sh`); `.ci/run` starts it and sets CARNET_TWILIO_MOCK.
#[tokio::test]
#[ignore = "needs the Twilio mock: CARNET_TWILIO_MOCK=http://127.0.0.1:4010"]
async fn every_request_the_client_sends_is_valid_for_twilios_definition() {
    let base = std::env::var("CARNET_TWILIO_MOCK").expect("CARNET_TWILIO_MOCK");
    let mut numbers = settings(&base, &["+15005550006", "+15005550007"]);
    let client = TwilioClient::new(numbers.clone()).expect("client");
    for sender in client.senders() {
        let sent = client
            .send(&delivery(1, Channel::Sms), &sender)
            .await
            .expect("the mock accepts the SMS");
        assert!(sent.provider_sid.starts_with("SM"), "{sent:?}");
    }
    let arabic = Delivery {
        body: "Carnet: رمزكم هو 143083. لا تعطوه لأي أحد.".into(),
        ..delivery(2, Channel::Sms)
    };
    client
        .send(&arabic, "+15005550006")
        .await
        .expect("UTF-8 bodies are accepted");
    let call = client
        .send(&delivery(3, Channel::Voice), "+15005550006")
        .await
        .expect("the mock accepts the call");
    assert!(call.provider_sid.starts_with("CA"), "{call:?}");
    numbers.messaging_service_sid = Some("MG0123456789abcdef0123456789abcdef".into());
    let service = TwilioClient::new(numbers).expect("client");
    service
        .send(
            &delivery(4, Channel::Sms),
            "MG0123456789abcdef0123456789abcdef",
        )
        .await
        .expect("the mock accepts MessagingServiceSid");
}
