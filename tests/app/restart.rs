//! Killing the server mid-delivery and starting it again loses nothing; duplicates stay
//! within the deliveries that were in flight at the kill.

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use carnet::store::outbox::{self, Channel, NewDelivery};
use carnet::store::{self, write};

use crate::delivery::ACCOUNT;
use crate::fake_provider::{FakeProvider, created};

const DELIVERIES: usize = 240;

/// The server process, killed (SIGKILL) when dropped so a failing test leaves nothing behind.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(db: &std::path::Path, provider: &str) -> Server {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("port")
        .local_addr()
        .expect("address")
        .port();
    let child = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--twilio-base-url",
            provider,
        ])
        .args([
            "--twilio-account-sid",
            ACCOUNT,
            "--twilio-auth-token",
            "t",
            "--twilio-from",
            "+33700000001",
        ])
        .args(["--sms-per-second", "0", "--delivery-lease-seconds", "2"])
        .env("CARNET_DB", db)
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("carnet starts");
    Server(child)
}

async fn wait_until(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kill_and_restart_loses_no_delivery() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("carnet.db");
    let pool = store::open(&db).expect("database");
    write(&mut pool.get().expect("connection"), |tx| {
        for n in 0..DELIVERIES {
            let (phone, body) = (format!("+336399{n:05}"), format!("message {n}"));
            outbox::enqueue(
                tx,
                &NewDelivery {
                    establishment_id: None,
                    guardian_id: None,
                    channel: Channel::Sms,
                    to_phone: &phone,
                    body: &body,
                    locale: "fr",
                    urgent: true,
                    quiet_hours: None,
                    confirms_opt_out: false,
                },
            )?;
        }
        Ok(())
    })
    .expect("enqueue");
    // Each answer takes 60 ms, so the kill lands while requests are in flight.
    let fake = FakeProvider::start(std::sync::Arc::new(created), Duration::from_millis(60)).await;
    let count = |sql: &str| -> i64 {
        pool.get()
            .expect("connection")
            .query_row(sql, [], |r| r.get(0))
            .expect(sql)
    };

    let mut first = start(&db, &fake.base_url);
    wait_until("the first deliveries", Duration::from_secs(30), || {
        fake.requests().len() >= 40
    })
    .await;
    first.0.kill().expect("kill -9");
    first.0.wait().expect("dead");
    let requests_at_kill = fake.requests().len();
    let in_flight = count("SELECT COUNT(*) FROM outbox WHERE status = 'sending'") as usize;
    assert!(
        requests_at_kill < DELIVERIES,
        "killed mid-way ({requests_at_kill} requests)"
    );

    let _second = start(&db, &fake.base_url);
    wait_until("every delivery", Duration::from_secs(60), || {
        count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'") as usize == DELIVERIES
    })
    .await;

    let mut received: HashMap<String, usize> = HashMap::new();
    for request in fake.requests() {
        *received
            .entry(request.field("Body").unwrap_or("").to_string())
            .or_default() += 1;
    }
    for n in 0..DELIVERIES {
        assert!(
            received.contains_key(&format!("message {n}")),
            "message {n} was lost"
        );
    }
    let duplicates = fake.requests().len() - DELIVERIES;
    println!(
        "killed after {requests_at_kill} requests with {in_flight} in flight; {duplicates} sent twice"
    );
    assert!(
        duplicates <= in_flight,
        "{duplicates} duplicates, but only {in_flight} were in flight at the kill"
    );
    assert_eq!(
        count("SELECT COUNT(DISTINCT provider_sid) FROM outbox"),
        DELIVERIES as i64
    );
}
