//! Benchmark: enqueue many SMS deliveries in the outbox, then drain them through the real
//! worker and Twilio client against a fake Twilio-compatible provider on 127.0.0.1.
//!
//!   cargo bench --bench outbox_drain
//!
//! Environment (all optional):
//!   BENCH_DELIVERIES=100000      deliveries enqueued (in transactions of BENCH_TX_ROWS=1000)
//!   BENCH_RATE=100               messages/s of the limited phase (one sender number)
//!   BENCH_LIMITED_SECONDS=60     how long the limited phase drains (~RATE x seconds messages)
//!   BENCH_FULL=1                 drain everything at the limited rate instead (100k: ~17 min)
//!   BENCH_CONCURRENCY=16         WorkerSettings::concurrency (default: the worker's default)
//!   BENCH_BATCH=64               WorkerSettings::batch (default: the worker's default)
//!   BENCH_DB=path                use this SQLite file (deleted first, kept after) instead of a temp file
//!
//! The fake provider runs on its own OS thread ("fake-provider") with its own single-thread
//! Tokio runtime, so its CPU time can be told apart from Carnet's (reported per phase).
//! Memory is VmHWM / VmRSS from /proc/self/status; CPU from /proc/self/task/*/stat;
//! the machine's load average is printed too, since other work on it skews the rates.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::post;
use carnet::channels::twilio::{TwilioClient, TwilioSettings};
use carnet::store::outbox::{self, Channel, NewDelivery};
use carnet::store::{self, Pool};
use carnet::worker::{Worker, WorkerSettings};

/// 120 characters, GSM-7 only, as a school would send.
const BODY: &str = "Collège Jean Moulin : la sortie au musée de vendredi est annulée (grève des transports). Les cours ont lieu normalement.";
const ACCOUNT_SID: &str = "AC0123456789abcdef0123456789abcdef";
const AUTH_TOKEN: &str = "x";
const FROM: &str = "+33700000001";

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

// ---------------------------------------------------------------- fake provider

#[derive(Default)]
struct ProviderStats {
    requests: AtomicU64,
    missing_auth: AtomicU64,
    wrong_account: AtomicU64,
    /// Client ports seen: how many TCP connections the client opened (keep-alive reuse).
    peers: std::sync::Mutex<std::collections::HashSet<u16>>,
}

async fn messages(
    State(stats): State<Arc<ProviderStats>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    axum::extract::Path(sid): axum::extract::Path<String>,
    headers: HeaderMap,
    body: String,
) -> impl IntoResponse {
    stats
        .peers
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(peer.port());
    let basic = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Basic "));
    let answer = if !basic {
        stats.missing_auth.fetch_add(1, Ordering::Relaxed);
        (
            StatusCode::UNAUTHORIZED,
            r#"{"code":20003,"message":"Authenticate"}"#.to_string(),
        )
    } else if sid != ACCOUNT_SID || !body.contains("To=%2B336") {
        stats.wrong_account.fetch_add(1, Ordering::Relaxed);
        (
            StatusCode::BAD_REQUEST,
            r#"{"code":21211,"message":"Invalid 'To' Phone Number"}"#.to_string(),
        )
    } else {
        let n = stats.requests.fetch_add(1, Ordering::Relaxed) + 1;
        (
            StatusCode::CREATED,
            format!(r#"{{"sid":"SM{n:032x}","status":"queued"}}"#),
        )
    };
    (
        answer.0,
        [(header::CONTENT_TYPE, "application/json")],
        answer.1,
    )
}

/// Serves the fake provider on its own thread; returns its port and counters.
fn start_provider() -> (u16, Arc<ProviderStats>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    listener.set_nonblocking(true).expect("nonblocking");
    let port = listener.local_addr().expect("local addr").port();
    let stats = Arc::new(ProviderStats::default());
    let shared = stats.clone();
    std::thread::Builder::new()
        .name("fake-provider".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("provider runtime");
            runtime.block_on(async move {
                let app = Router::new()
                    .route("/2010-04-01/Accounts/{sid}/Messages.json", post(messages))
                    .with_state(shared);
                let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
                axum::serve(
                    listener,
                    app.into_make_service_with_connect_info::<SocketAddr>(),
                )
                .await
                .expect("fake provider");
            });
        })
        .expect("provider thread");
    (port, stats)
}

// ---------------------------------------------------------------- measurements

fn proc_status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

#[derive(Clone, Copy, Default)]
struct Mem {
    hwm_kib: u64,
    rss_kib: u64,
}

fn mem() -> Mem {
    Mem {
        hwm_kib: proc_status_kib("VmHWM:"),
        rss_kib: proc_status_kib("VmRSS:"),
    }
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

/// CPU seconds (user+system) per thread name, over all live threads (ticks of 1/100 s).
/// Threads that exited are missed, so Carnet's total also comes from /proc/self/stat.
fn cpu_by_thread() -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    let Ok(dir) = std::fs::read_dir("/proc/self/task") else {
        return out;
    };
    for entry in dir.flatten() {
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        if let Some((name, secs)) = parse_stat(&stat) {
            *out.entry(name).or_insert(0.0) += secs;
        }
    }
    out
}

fn parse_stat(stat: &str) -> Option<(String, f64)> {
    let open = stat.find('(')?;
    let close = stat.rfind(')')?;
    let name = stat[open + 1..close].to_string();
    let fields: Vec<&str> = stat[close + 2..].split_whitespace().collect();
    // After "pid (comm) ": state is field 3, utime 14, stime 15 -> indexes 11 and 12 here.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some((name, ticks as f64 / 100.0))
}

fn process_cpu() -> f64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| parse_stat(&s))
        .map_or(0.0, |(_, s)| s)
}

#[derive(Clone, Copy)]
struct Cpu {
    total: f64,
    provider: f64,
}

fn cpu() -> Cpu {
    Cpu {
        total: process_cpu(),
        provider: cpu_by_thread().get("fake-provider").copied().unwrap_or(0.0),
    }
}

/// The 1-minute load average: the benchmark shares the machine with whatever else runs.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(String::from))
        .unwrap_or_default()
}

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

struct DbSize {
    main: u64,
    wal: u64,
}

fn db_size(path: &Path) -> DbSize {
    DbSize {
        main: file_size(path),
        wal: file_size(&with_suffix(path, "-wal")),
    }
}

fn count(pool: &Pool, sql: &str) -> i64 {
    pool.get()
        .expect("connection")
        .query_row(sql, [], |r| r.get(0))
        .expect("count")
}

fn remaining(pool: &Pool) -> i64 {
    count(
        pool,
        "SELECT COUNT(*) FROM outbox WHERE status IN ('queued', 'sending')",
    )
}

fn sent(pool: &Pool) -> i64 {
    count(pool, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
}

/// Times the worker's real claim (outbox::claim_due in a BEGIN IMMEDIATE transaction),
/// rolled back so nothing changes; also prints SQLite's plan for it the first time.
fn probe_claim(pool: &Pool, limit: i64, show_plan: bool) -> f64 {
    let mut conn = pool.get().expect("connection");
    if show_plan {
        let mut stmt = conn
            .prepare(
                "EXPLAIN QUERY PLAN UPDATE outbox SET status = 'sending', claimed_until = ?2
                 WHERE id IN (SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= ?1
                              ORDER BY urgent DESC, id LIMIT ?3)",
            )
            .expect("explain");
        let plan: Vec<String> = stmt
            .query_map(rusqlite_params(), |r| r.get::<_, String>(3))
            .expect("plan")
            .collect::<Result<_, _>>()
            .expect("plan rows");
        println!("  claim query plan (outbox::claim_due):");
        for line in plan {
            println!("    {line}");
        }
    }
    let runs = 5;
    let start = Instant::now();
    for _ in 0..runs {
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .expect("begin");
        let claimed = outbox::claim_due(&tx, store::now(), limit, 120).expect("claim");
        std::hint::black_box(claimed.len());
        tx.rollback().expect("rollback");
    }
    start.elapsed().as_secs_f64() * 1000.0 / runs as f64
}

fn rusqlite_params() -> [i64; 3] {
    [store::now(), store::now() + 120, 64]
}

// ---------------------------------------------------------------- phases

struct Phase {
    name: String,
    messages: i64,
    seconds: f64,
    target_rate: Option<f64>,
    mem: Mem,
    cpu_carnet: f64,
    cpu_provider: f64,
    db: DbSize,
}

impl Phase {
    fn rate(&self) -> f64 {
        self.messages as f64 / self.seconds
    }
}

fn worker_settings(rate: f64) -> WorkerSettings {
    let defaults = WorkerSettings::default();
    WorkerSettings {
        per_sender_per_second: rate,
        concurrency: env_or("BENCH_CONCURRENCY", defaults.concurrency),
        batch: env_or("BENCH_BATCH", defaults.batch),
        ..defaults
    }
}

fn client(port: u16) -> TwilioClient {
    TwilioClient::new(TwilioSettings {
        base_url: format!("http://127.0.0.1:{port}"),
        account_sid: ACCOUNT_SID.into(),
        auth_token: AUTH_TOKEN.into(),
        from: vec![FROM.into()],
        messaging_service_sid: None,
        public_url: "http://127.0.0.1:1".into(),
    })
    .expect("twilio client")
}

/// Calls run_once until the outbox is empty or `deadline` passes; prints progress.
async fn drain(
    name: &str,
    pool: &Pool,
    db: &Path,
    port: u16,
    rate: f64,
    deadline: Option<Duration>,
) -> Phase {
    let worker = Worker::new(pool.clone(), Arc::new(client(port)), worker_settings(rate));
    let (sent_before, cpu_before) = (sent(pool), cpu());
    let start = Instant::now();
    let (mut last_report, mut last_sent) = (start, sent_before);
    let mut passes = 0u64;
    loop {
        let handled = worker.run_once().await.expect("run_once");
        passes += 1;
        if handled == 0 {
            if remaining(pool) == 0 {
                break;
            }
            // Claimed rows of a crashed pass, or rows rescheduled after an error: wait.
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        if deadline.is_some_and(|d| start.elapsed() >= d) {
            break;
        }
        if last_report.elapsed() >= Duration::from_secs(10) {
            let now_sent = sent(pool);
            let window = last_report.elapsed().as_secs_f64();
            println!(
                "  [{name}] t={:>6.1}s sent={:>7} last {:>4.1}s: {:>7.1} msg/s  queued={:>7}  rss={:.0} MiB  wal={:.1} MiB  load={}",
                start.elapsed().as_secs_f64(),
                now_sent - sent_before,
                window,
                (now_sent - last_sent) as f64 / window,
                remaining(pool),
                mib(mem().rss_kib),
                file_size(&with_suffix(db, "-wal")) as f64 / 1_048_576.0,
                load_average(),
            );
            (last_report, last_sent) = (Instant::now(), now_sent);
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let cpu_after = cpu();
    let messages = sent(pool) - sent_before;
    println!(
        "  [{name}] done: {messages} sent in {seconds:.2} s over {passes} run_once passes (load average {})",
        load_average()
    );
    Phase {
        name: name.into(),
        messages,
        seconds,
        target_rate: (rate > 0.0).then_some(rate),
        mem: mem(),
        cpu_carnet: (cpu_after.total - cpu_before.total)
            - (cpu_after.provider - cpu_before.provider),
        cpu_provider: cpu_after.provider - cpu_before.provider,
        db: db_size(db),
    }
}

fn print_mem(label: &str, m: Mem, db: &DbSize) {
    println!(
        "  memory after {label}: VmHWM {:.1} MiB, VmRSS {:.1} MiB, {} threads; db {:.1} MiB + wal {:.1} MiB",
        mib(m.hwm_kib),
        mib(m.rss_kib),
        proc_status_kib("Threads:"),
        db.main as f64 / 1_048_576.0,
        db.wal as f64 / 1_048_576.0
    );
}

#[tokio::main]
async fn main() {
    let deliveries: usize = env_or("BENCH_DELIVERIES", 100_000);
    let tx_rows: usize = env_or("BENCH_TX_ROWS", 1_000).max(1);
    let rate: f64 = env_or("BENCH_RATE", 100.0);
    let limited_seconds: f64 = env_or("BENCH_LIMITED_SECONDS", 60.0);
    let full = std::env::var("BENCH_FULL").is_ok_and(|v| v == "1");
    let settings = worker_settings(rate);

    let tmp = tempfile::tempdir().expect("temp dir");
    let db: PathBuf = std::env::var_os("BENCH_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| tmp.path().join("outbox.sqlite"));
    if std::env::var_os("BENCH_DB").is_some() {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(with_suffix(&db, suffix));
        }
    }

    println!(
        "outbox_drain: {deliveries} SMS deliveries, {} chars each ({} bytes)",
        BODY.chars().count(),
        BODY.len()
    );
    println!(
        "  worker: batch {}, concurrency {}, lease {} s, one sender {FROM}; {} CPUs; db {}",
        settings.batch,
        settings.concurrency,
        settings.lease_seconds,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        db.display()
    );
    println!(
        "  machine load average (1 min) at start: {}",
        load_average()
    );
    let mem_start = mem();
    println!(
        "  memory at start: VmHWM {:.1} MiB, VmRSS {:.1} MiB",
        mib(mem_start.hwm_kib),
        mib(mem_start.rss_kib)
    );

    // ------------------------------------------------------------ enqueue
    let pool = store::open(&db).expect("open store");
    let phones: Vec<String> = (0..deliveries)
        .map(|i| format!("+336{:08}", 10_000_000 + i))
        .collect();
    let enqueue_start = Instant::now();
    {
        let mut conn = pool.get().expect("connection");
        for chunk in phones.chunks(tx_rows) {
            store::write(&mut conn, |tx| {
                for phone in chunk {
                    outbox::enqueue(
                        tx,
                        &NewDelivery {
                            establishment_id: None,
                            guardian_id: None,
                            channel: Channel::Sms,
                            to_phone: phone,
                            body: BODY,
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
        }
    }
    let enqueue_seconds = enqueue_start.elapsed().as_secs_f64();
    drop(phones);
    let enqueue_rate = deliveries as f64 / enqueue_seconds;
    let enqueue_mem = mem();
    let enqueue_db = db_size(&db);
    println!(
        "\n[enqueue] {deliveries} rows in {enqueue_seconds:.2} s = {enqueue_rate:.0} rows/s ({tx_rows} rows per BEGIN IMMEDIATE transaction)"
    );
    print_mem("enqueue", enqueue_mem, &enqueue_db);
    assert_eq!(remaining(&pool), deliveries as i64, "every delivery queued");

    let claim_ms_full = probe_claim(&pool, settings.batch, true);
    println!(
        "  one claim_due of {} rows with {} queued: {claim_ms_full:.1} ms (mean of 5, rolled back)",
        settings.batch, deliveries
    );

    // ------------------------------------------------------------ provider
    let (port, stats) = start_provider();
    println!("\nfake provider on 127.0.0.1:{port}");

    // ------------------------------------------------------------ limited
    let limited = if full {
        println!(
            "\n[limited] {rate} msg/s, draining all {deliveries} (BENCH_FULL=1; ~{:.0} min)",
            deliveries as f64 / rate / 60.0
        );
        drain("limited", &pool, &db, port, rate, None).await
    } else {
        println!(
            "\n[limited] {rate} msg/s for {limited_seconds} s (~{:.0} of {deliveries} messages; BENCH_FULL=1 drains all, ~{:.0} min)",
            rate * limited_seconds,
            deliveries as f64 / rate / 60.0
        );
        drain(
            "limited",
            &pool,
            &db,
            port,
            rate,
            Some(Duration::from_secs_f64(limited_seconds)),
        )
        .await
    };
    println!(
        "  achieved {:.2} msg/s against a limit of {rate} msg/s = {:.1}% of the limit",
        limited.rate(),
        limited.rate() / rate * 100.0
    );
    print_mem("limited phase", limited.mem, &limited.db);

    // ------------------------------------------------------------ unlimited
    let left = remaining(&pool);
    let claim_ms_unlimited = probe_claim(&pool, settings.batch, false);
    println!(
        "\n[unlimited] per_sender_per_second = 0, draining the {left} left (one claim_due with {left} queued: {claim_ms_unlimited:.1} ms)"
    );
    let unlimited = drain("unlimited", &pool, &db, port, 0.0, None).await;
    print_mem("unlimited phase", unlimited.mem, &unlimited.db);

    // ------------------------------------------------------------ checks
    let total_sent = sent(&pool);
    let distinct_sids = count(
        &pool,
        "SELECT COUNT(DISTINCT provider_sid) FROM outbox WHERE status = 'sent'",
    );
    let not_sent = count(&pool, "SELECT COUNT(*) FROM outbox WHERE status != 'sent'");
    let requests = stats.requests.load(Ordering::Relaxed);
    println!(
        "\nchecks: {total_sent} sent, {not_sent} not sent, {distinct_sids} distinct provider sids; provider saw {requests} accepted requests, {} without basic auth, {} malformed; the client opened {} TCP connections",
        stats.missing_auth.load(Ordering::Relaxed),
        stats.wrong_account.load(Ordering::Relaxed),
        stats.peers.lock().unwrap_or_else(|p| p.into_inner()).len(),
    );
    assert_eq!(total_sent, deliveries as i64, "every delivery sent");
    assert_eq!(not_sent, 0);
    assert_eq!(distinct_sids, total_sent, "one provider sid per delivery");
    assert_eq!(
        requests, total_sent as u64,
        "one provider request per delivery"
    );

    // ------------------------------------------------------------ table
    println!(
        "\n| phase            |  messages |  seconds |     rate/s | vs limit | Carnet CPU s | provider CPU s | VmHWM MiB | VmRSS MiB | db MiB | wal MiB |"
    );
    println!(
        "|------------------|----------:|---------:|-----------:|---------:|-------------:|---------------:|----------:|----------:|-------:|--------:|"
    );
    println!(
        "| enqueue          | {deliveries:>9} | {enqueue_seconds:>8.2} | {enqueue_rate:>10.0} |        - |            - |              - | {:>9.1} | {:>9.1} | {:>6.1} | {:>7.1} |",
        mib(enqueue_mem.hwm_kib),
        mib(enqueue_mem.rss_kib),
        enqueue_db.main as f64 / 1_048_576.0,
        enqueue_db.wal as f64 / 1_048_576.0
    );
    for phase in [&limited, &unlimited] {
        let vs = phase.target_rate.map_or("-".to_string(), |t| {
            format!("{:.1}%", phase.rate() / t * 100.0)
        });
        let label = match phase.target_rate {
            Some(t) => format!("{} {t}/s", phase.name),
            None => phase.name.clone(),
        };
        println!(
            "| {label:<16} | {:>9} | {:>8.2} | {:>10.1} | {vs:>8} | {:>12.2} | {:>14.2} | {:>9.1} | {:>9.1} | {:>6.1} | {:>7.1} |",
            phase.messages,
            phase.seconds,
            phase.rate(),
            phase.cpu_carnet,
            phase.cpu_provider,
            mib(phase.mem.hwm_kib),
            mib(phase.mem.rss_kib),
            phase.db.main as f64 / 1_048_576.0,
            phase.db.wal as f64 / 1_048_576.0
        );
    }
    println!(
        "\nclaim_due cost: {claim_ms_full:.1} ms with {deliveries} queued, {claim_ms_unlimited:.1} ms with {left} queued (batch {})",
        settings.batch
    );
    if !full {
        println!(
            "note: the limited phase ran {limited_seconds} s ({} messages), not all {deliveries}; BENCH_FULL=1 drains all at {rate}/s",
            limited.messages
        );
    }
    drop(pool);
    drop(tmp);
}
