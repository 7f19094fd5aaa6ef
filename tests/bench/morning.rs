//! Benchmark: a morning at a 1,500-pupil establishment. 50 roll calls are submitted through
//! the router over 5 minutes with 6 % of pupils absent; then the hold window (0 here) ends,
//! the absences are signalled, and the real worker and Twilio client tell every family at
//! 10 SMS segments/s (one per short message, two per long one) through a fake Twilio-compatible provider on 127.0.0.1.
//!
//!   cargo bench --bench morning
//!   BENCH_SPREAD_SECONDS=0 cargo bench --bench morning      # roll calls back to back
//!
//! Environment (all optional):
//!   BENCH_SPREAD_SECONDS=300   the 50 roll calls are spread evenly over this many seconds
//!   BENCH_SEED=20261130        seed for names, guardians, languages and who is absent
//!   BENCH_DB=path              keep the SQLite file there instead of a deleted temp file
//!
//! What is measured:
//! - each roll-call submission: POST /staff/classes/{id}/roll-call through `build_app` with
//!   `tower::ServiceExt::oneshot`, from the request to the last byte of the 303 answer;
//! - `signal_due_absences` once, as the server's 5-second tick calls it;
//! - from the instant `signal_due_absences` is called (the end of the hold window) to the
//!   first and last request the fake provider receives, and the rate achieved at 10 segments/s.
//!
//! The server polls absences every 5 s and its idle worker sleeps 200 ms between empty
//! passes; here both are called at once, so in production the first SMS can leave up to
//! ~5.2 s later than measured.

use std::collections::{BTreeMap, HashSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, Request, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::post;
use carnet::channels::absence_notice::signal_due_absences;
use carnet::channels::twilio::TwilioClient;
use carnet::config::{Config, ServerArgs};
use carnet::domain::csv_import::{GuardianRow, ImportRow};
use carnet::domain::locale::Locale;
use carnet::domain::password::hash_password;
use carnet::domain::phone::PhoneNumber;
use carnet::domain::preferences::QuietHours;
use carnet::domain::role::Role;
use carnet::domain::uai::Uai;
use carnet::store::sessions::SessionOwner;
use carnet::store::{self, Pool};
use carnet::web::session::{SESSION_COOKIE, new_token, token_hash};
use carnet::worker::{Worker, WorkerSettings};
use carnet::{AppState, build_app};
use http_body_util::BodyExt;
use tower::ServiceExt;

const CLASSES: usize = 50;
const PUPILS_PER_CLASS: usize = 30;
const ABSENT_SHARE: f64 = 0.06;
/// Share of pupils with a second guardian: 1.7 guardians a pupil on average.
const SECOND_GUARDIAN: f64 = 0.7;
const SMS_PER_SECOND: f64 = 10.0;
const ACCOUNT_SID: &str = "AC0123456789abcdef0123456789abcdef";
const FROM: &str = "+33700000001";
/// Home languages and their weights (out of 100).
const LANGUAGES: [(&str, u64); 5] = [("fr", 60), ("ar", 15), ("uk", 10), ("pt", 10), ("tr", 5)];

const FIRST_NAMES: [&str; 24] = [
    "Yasmine", "Lucas", "Chloé", "Adam", "Inès", "Hugo", "Léa", "Mohamed", "Zoé", "Nathan",
    "Sofia", "Mehmet", "Olena", "Rafael", "Maëlys", "Ibrahim", "Manon", "Ayşe", "Bogdan",
    "Camille", "Joana", "Rayan", "Emma", "Théo",
];
const LAST_NAMES: [&str; 20] = [
    "Haddad",
    "Martin",
    "Bernard",
    "Kovalenko",
    "Silva",
    "Yılmaz",
    "Dubois",
    "Benali",
    "Ferreira",
    "Moreau",
    "Laurent",
    "Shevchenko",
    "Demir",
    "Petit",
    "Mansouri",
    "Girard",
    "Costa",
    "Roux",
    "Bondarenko",
    "Kaya",
];
const GUARDIAN_FIRST_NAMES: [&str; 12] = [
    "Karim", "Sophie", "Nadia", "Pierre", "Oksana", "João", "Fatima", "Emre", "Isabelle", "Ana",
    "Samir", "Hélène",
];

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// SplitMix64: seeded, so two runs build the same establishment and the same absences.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

/// Flags parsed exactly as the binary parses them (as tests/app/support.rs does).
fn server_args(argv: &[&str]) -> ServerArgs {
    use clap::Parser;
    #[derive(clap::Parser)]
    struct Cli {
        #[command(flatten)]
        args: ServerArgs,
    }
    Cli::parse_from(argv).args
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(String::from))
        .unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Nearest-rank percentile of sorted values.
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

fn count(pool: &Pool, sql: &str) -> i64 {
    pool.get()
        .expect("connection")
        .query_row(sql, [], |r| r.get(0))
        .expect(sql)
}

// ---------------------------------------------------------------- the establishment

struct Establishment {
    rows: Vec<ImportRow>,
    guardians: usize,
    languages: BTreeMap<&'static str, usize>,
}

fn establishment(rng: &mut Rng, uai: &Uai) -> Establishment {
    let mut rows = Vec::new();
    let mut guardians = 0usize;
    let mut languages = BTreeMap::new();
    let total_weight: u64 = LANGUAGES.iter().map(|(_, w)| w).sum();
    for c in 0..CLASSES {
        let class_name = format!(
            "{}{}",
            ["6", "5", "4", "3"][c / 13],
            char::from(b'A' + (c % 13) as u8)
        );
        for p in 0..PUPILS_PER_CLASS {
            let serial = c * PUPILS_PER_CLASS + p + 1;
            let last = rng.pick(&LAST_NAMES);
            let first = rng.pick(&FIRST_NAMES);
            // One home language per family.
            let mut roll = rng.below(total_weight);
            let language = LANGUAGES
                .iter()
                .find(|(_, w)| {
                    if roll < *w {
                        true
                    } else {
                        roll -= w;
                        false
                    }
                })
                .map_or("fr", |(l, _)| *l);
            let count = if rng.chance(SECOND_GUARDIAN) { 2 } else { 1 };
            for (k, relationship) in ["mère", "père"].into_iter().take(count).enumerate() {
                guardians += 1;
                *languages.entry(language).or_insert(0) += 1;
                let mobile = format!("+336{:08}", 10_000_000 + guardians);
                rows.push(ImportRow {
                    line: rows.len() as u64 + 2,
                    uai: uai.clone(),
                    establishment_name: Some("Collège Jean Moulin".into()),
                    class_name: class_name.clone(),
                    pupil_id: format!("E{serial:05}"),
                    pupil_last_name: last.into(),
                    pupil_first_name: first.into(),
                    guardian: Some(GuardianRow {
                        external_id: format!("R{serial:05}-{k}"),
                        last_name: last.into(),
                        first_name: rng.pick(&GUARDIAN_FIRST_NAMES).into(),
                        relationship: Some(relationship.into()),
                        legal: true,
                        receives_notices: true,
                        mobile: Some(PhoneNumber::parse(&mobile).expect("a French mobile")),
                        landline: None,
                        home_language: Some(Locale::parse(language).expect("a known language")),
                    }),
                });
            }
        }
    }
    Establishment {
        rows,
        guardians,
        languages,
    }
}

// ---------------------------------------------------------------- fake provider

#[derive(Debug, Clone)]
struct Hit {
    at: Instant,
    call: bool,
    to: String,
}

#[derive(Default)]
struct Provider {
    hits: Mutex<Vec<Hit>>,
    refused: Mutex<u64>,
    peers: Mutex<HashSet<u16>>,
}

async fn answer(
    State(provider): State<Arc<Provider>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    axum::extract::Path((sid, resource)): axum::extract::Path<(String, String)>,
    headers: HeaderMap,
    body: String,
) -> impl IntoResponse {
    let at = Instant::now();
    provider
        .peers
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(peer.port());
    let basic = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Basic "));
    let call = resource == "Calls.json";
    let to = form_urlencoded::parse(body.as_bytes())
        .find(|(k, _)| k == "To")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    if !basic
        || sid != ACCOUNT_SID
        || !(call || resource == "Messages.json")
        || !to.starts_with("+33")
    {
        *provider.refused.lock().unwrap_or_else(|p| p.into_inner()) += 1;
        return (
            StatusCode::BAD_REQUEST,
            r#"{"code":21211,"message":"Invalid 'To' Phone Number"}"#.to_string(),
        );
    }
    let n = {
        let mut hits = provider.hits.lock().unwrap_or_else(|p| p.into_inner());
        hits.push(Hit { at, call, to });
        hits.len()
    };
    let prefix = if call { "CA" } else { "SM" };
    (
        StatusCode::CREATED,
        format!(r#"{{"sid":"{prefix}{n:032x}","status":"queued"}}"#),
    )
}

/// Serves the fake provider on its own OS thread and single-thread runtime, on a listener
/// bound earlier (its port is in the server's flags).
fn serve_provider(listener: std::net::TcpListener) -> Arc<Provider> {
    listener.set_nonblocking(true).expect("nonblocking");
    let provider = Arc::new(Provider::default());
    let shared = provider.clone();
    std::thread::Builder::new()
        .name("fake-provider".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("provider runtime");
            runtime.block_on(async move {
                let app = Router::new()
                    .route("/2010-04-01/Accounts/{sid}/{resource}", post(answer))
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
    provider
}

/// The worker's time zone: Paris, unless it is quiet hours there now (20:00-07:30), when
/// every notice would wait for the morning; then a fixed offset where it is about noon.
fn daytime_zone() -> (jiff::tz::TimeZone, Option<String>) {
    let paris = WorkerSettings::default().time_zone;
    let now = jiff::Timestamp::now();
    if carnet::domain::schedule::quiet_until(now, QuietHours::default(), &paris).is_none() {
        return (paris, None);
    }
    let utc_seconds = now.as_second().rem_euclid(86_400);
    let mut offset = 12 * 3600 - utc_seconds;
    if offset > 12 * 3600 {
        offset -= 86_400;
    }
    let offset = jiff::tz::Offset::from_seconds(offset as i32).expect("an offset within a day");
    let note = format!(
        "it is quiet hours in Paris now: the worker uses UTC{offset} (about noon) so notices are not held until 07:30"
    );
    (jiff::tz::TimeZone::fixed(offset), Some(note))
}

// ---------------------------------------------------------------- where a submission's time goes

fn median_of(runs: usize, mut once: impl FnMut() -> Duration) -> Duration {
    let mut times: Vec<Duration> = (0..runs).map(|_| once()).collect();
    times.sort();
    percentile(&times, 0.5)
}

/// Times the store calls one roll-call submission makes, on a warm connection, without
/// changing anything: the session lookup, the roster, and `record_roll_call` for another
/// day in a BEGIN IMMEDIATE transaction that is rolled back. Also what preparing the two
/// per-pupil statements of `record_roll_call` costs (it prepares them for every pupil).
fn probe_submission(
    pool: &Pool,
    token: &str,
    establishment_id: i64,
    staff_id: i64,
    class_id: i64,
    pupil_ids: &[i64],
    absent: &HashSet<i64>,
) {
    use carnet::domain::absence::{HalfDay, Mark};
    use carnet::store::absences::{RollCall, record_roll_call};
    const RUNS: usize = 21;
    let mut conn = pool.get().expect("connection");
    let hash = token_hash(token);
    let session = median_of(RUNS, || {
        let start = Instant::now();
        let owner = store::sessions::owner(&conn, &hash).expect("session");
        let member = store::staff::by_id(&conn, staff_id).expect("staff");
        let school = store::schools::establishment(&conn, establishment_id).expect("establishment");
        std::hint::black_box((owner, member, school));
        start.elapsed()
    });
    let roster = median_of(RUNS, || {
        let start = Instant::now();
        let name =
            store::schools::class_name(&conn, establishment_id, class_id).expect("class name");
        let roster =
            store::families::class_roster(&conn, establishment_id, class_id).expect("roster");
        std::hint::black_box((name, roster));
        start.elapsed()
    });
    let marks: Vec<(i64, Mark)> = pupil_ids
        .iter()
        .map(|p| {
            (
                *p,
                if absent.contains(p) {
                    Mark::Absent
                } else {
                    Mark::Present
                },
            )
        })
        .collect();
    let call = RollCall {
        establishment_id,
        class_id,
        staff_id,
        day: "2000-01-03".into(),
        half: HalfDay::Morning,
        hold_until: store::now(),
    };
    let record = median_of(RUNS, || {
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .expect("begin");
        let start = Instant::now();
        std::hint::black_box(record_roll_call(&tx, &call, &marks).expect("record"));
        let took = start.elapsed();
        tx.rollback().expect("rollback");
        took
    });
    let prepare = median_of(RUNS, || {
        let start = Instant::now();
        for _ in pupil_ids {
            for sql in [
                "SELECT EXISTS (SELECT 1 FROM pupils WHERE id = ?1 AND class_id = ?2 AND establishment_id = ?3)",
                "SELECT id, state, kind FROM absences WHERE pupil_id = ?1 AND day = ?2 AND half_day = ?3",
            ] {
                std::hint::black_box(conn.prepare(sql).expect("prepare"));
            }
        }
        start.elapsed()
    });
    let marked = marks.iter().filter(|(_, m)| *m == Mark::Absent).count();
    println!(
        "  store calls of one submission (class of {} pupils, {marked} absent; median of {RUNS}, warm connection): session+staff+establishment {:.3} ms, \
         class name+roster {:.3} ms, record_roll_call {:.3} ms (of which preparing its {} per-pupil statements uncached: {:.3} ms)",
        pupil_ids.len(),
        ms(session),
        ms(roster),
        ms(record),
        2 * pupil_ids.len(),
        ms(prepare)
    );
}

// ---------------------------------------------------------------- main

#[tokio::main]
async fn main() {
    let spread: f64 = env_or("BENCH_SPREAD_SECONDS", 300.0_f64).max(0.0);
    let seed: u64 = env_or("BENCH_SEED", 20_261_130);
    let mut rng = Rng(seed);

    let tmp = tempfile::tempdir().expect("temp dir");
    let db: PathBuf = std::env::var_os("BENCH_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| tmp.path().join("morning.sqlite"));
    if std::env::var_os("BENCH_DB").is_some() {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(with_suffix(&db, suffix));
        }
    }
    println!(
        "morning: {CLASSES} classes x {PUPILS_PER_CLASS} pupils, {:.0} % absent, roll calls spread over {spread} s, SMS at {SMS_PER_SECOND}/s",
        ABSENT_SHARE * 100.0
    );
    println!(
        "  seed {seed}; {} CPUs; load average (1 min) at start {}; db {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        load_average(),
        db.display()
    );

    // ------------------------------------------------------------ 1. the establishment
    let uai = Uai::with_check_letter("0751234").expect("uai");
    let school = establishment(&mut rng, &uai);
    let pool = store::open(&db).expect("open store");
    let import_start = Instant::now();
    let summary = {
        let mut conn = pool.get().expect("connection");
        store::import::apply(&mut conn, &school.rows, false, |_| {}).expect("import")
    };
    let import_time = import_start.elapsed();
    let establishment_id =
        store::schools::establishment_id_by_uai(&pool.get().expect("connection"), uai.as_str())
            .expect("lookup")
            .expect("the establishment was imported");
    let hash = hash_password("morning-bench").expect("argon2");
    let staff_id = store::staff::insert(
        &pool.get().expect("connection"),
        establishment_id,
        "vie.scolaire",
        "Vie scolaire",
        Role::VieScolaire,
        &hash,
    )
    .expect("staff");
    let pupils = CLASSES * PUPILS_PER_CLASS;
    println!(
        "\n[establishment] imported {} rows in {:.0} ms: {} classes, {} pupils, {} guardians ({:.2} a pupil), {} links",
        school.rows.len(),
        ms(import_time),
        summary.classes_created,
        summary.pupils_created,
        summary.guardians_created,
        school.guardians as f64 / pupils as f64,
        summary.links_created
    );
    println!(
        "  home languages (guardians): {}",
        school
            .languages
            .iter()
            .map(|(l, n)| format!("{l} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    assert_eq!(summary.pupils_created as usize, pupils);
    assert_eq!(summary.guardians_created as usize, school.guardians);

    // Classes in id order, each with its pupils.
    let classes: Vec<(i64, String, Vec<i64>)> = {
        let conn = pool.get().expect("connection");
        let mut stmt = conn
            .prepare("SELECT id, name FROM classes WHERE establishment_id = ?1 ORDER BY id")
            .expect("classes");
        let list: Vec<(i64, String)> = stmt
            .query_map([establishment_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("classes")
            .collect::<Result<_, _>>()
            .expect("classes");
        let mut stmt = conn
            .prepare("SELECT id FROM pupils WHERE class_id = ?1 ORDER BY id")
            .expect("pupils");
        list.into_iter()
            .map(|(id, name)| {
                let ids: Vec<i64> = stmt
                    .query_map([id], |r| r.get(0))
                    .expect("pupils")
                    .collect::<Result<_, _>>()
                    .expect("pupils");
                (id, name, ids)
            })
            .collect()
    };
    assert_eq!(classes.len(), CLASSES);
    let mut all: Vec<i64> = classes
        .iter()
        .flat_map(|(_, _, p)| p.iter().copied())
        .collect();
    rng.shuffle(&mut all);
    let absent_total = (pupils as f64 * ABSENT_SHARE).round() as usize;
    let absent: HashSet<i64> = all.into_iter().take(absent_total).collect();

    // ------------------------------------------------------------ 2. the app
    let provider_listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let provider_url = format!(
        "http://{}",
        provider_listener.local_addr().expect("address")
    );
    let db_arg = db.to_str().expect("utf-8 path").to_string();
    let argv = [
        "carnet",
        "--db",
        &db_arg,
        "--absence-hold-minutes",
        "0",
        "--twilio-account-sid",
        ACCOUNT_SID,
        "--twilio-auth-token",
        "x",
        "--twilio-from",
        FROM,
        "--twilio-base-url",
        &provider_url,
        "--sms-per-second",
        "10",
    ];
    let config = Config::new(&server_args(&argv), false).expect("config");
    assert_eq!(config.absence_hold_seconds, 0);
    let twilio = config.twilio.clone().expect("twilio settings");
    let state = AppState::new(config, pool.clone()).expect("catalogs");
    let app = build_app(state.clone());
    let token = new_token();
    store::sessions::create(
        &pool.get().expect("connection"),
        &token_hash(&token),
        &SessionOwner::Staff { staff_id },
    )
    .expect("session");
    let cookie = format!("{SESSION_COOKIE}={token}");

    // ------------------------------------------------------------ 3. roll calls
    let interval = Duration::from_secs_f64(spread / CLASSES as f64);
    println!(
        "\n[roll calls] {CLASSES} submissions, one every {:.2} s, {absent_total} pupils absent in all (half=am)",
        interval.as_secs_f64()
    );
    let mut latencies: Vec<(Duration, usize, String)> = Vec::with_capacity(CLASSES);
    let roll_start = tokio::time::Instant::now();
    for (i, (class_id, name, pupil_ids)) in classes.iter().enumerate() {
        tokio::time::sleep_until(roll_start + interval * i as u32).await;
        let marked: Vec<i64> = pupil_ids
            .iter()
            .copied()
            .filter(|p| absent.contains(p))
            .collect();
        let mut form = form_urlencoded::Serializer::new(String::new());
        form.append_pair("half", "am");
        for pupil in &marked {
            form.append_pair(&format!("mark-{pupil}"), "absent");
        }
        let request = Request::post(format!("/staff/classes/{class_id}/roll-call"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, &cookie)
            .body(Body::from(form.finish()))
            .expect("request");
        let start = Instant::now();
        let response = app.clone().oneshot(request).await.expect("router answers");
        let status = response.status();
        let location = response
            .headers()
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let body = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let took = start.elapsed();
        assert_eq!(
            status,
            StatusCode::SEE_OTHER,
            "class {name}: {}",
            String::from_utf8_lossy(&body)
        );
        assert_eq!(
            location,
            format!("/staff/absences?recorded={}", marked.len()),
            "class {name}"
        );
        latencies.push((took, marked.len(), name.clone()));
        if (i + 1) % 10 == 0 {
            println!(
                "  {:>2}/{CLASSES} t={:>6.1}s  last: class {name}, {} absent, {:.2} ms  load={}",
                i + 1,
                roll_start.elapsed().as_secs_f64(),
                marked.len(),
                ms(took),
                load_average()
            );
        }
    }
    let mut sorted: Vec<Duration> = latencies.iter().map(|(d, _, _)| *d).collect();
    sorted.sort();
    let (p50, p99, max, min) = (
        percentile(&sorted, 0.50),
        percentile(&sorted, 0.99),
        sorted[sorted.len() - 1],
        sorted[0],
    );
    let mean = sorted.iter().sum::<Duration>() / sorted.len() as u32;
    println!(
        "  submission latency: min {:.2} ms, p50 {:.2} ms, mean {:.2} ms, p99 {:.2} ms, max {:.2} ms (nearest rank: with 50 samples p99 is the max)",
        ms(min),
        ms(p50),
        ms(mean),
        ms(p99),
        ms(max)
    );
    let mut warm: Vec<Duration> = latencies.iter().skip(1).map(|(d, _, _)| *d).collect();
    warm.sort();
    println!(
        "  the first submission took {:.2} ms (the first request the app serves); without it p50 {:.2} ms, max {:.2} ms",
        ms(latencies[0].0),
        ms(percentile(&warm, 0.5)),
        ms(warm[warm.len() - 1])
    );
    let mut by_absent: BTreeMap<usize, Vec<Duration>> = BTreeMap::new();
    for (d, n, _) in &latencies {
        by_absent.entry(*n).or_default().push(*d);
    }
    println!(
        "  median latency by absences in the class: {}",
        by_absent
            .iter_mut()
            .map(|(n, ds)| {
                ds.sort();
                format!(
                    "{n} absent: {:.2} ms (x{})",
                    ms(percentile(ds, 0.5)),
                    ds.len()
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut top: Vec<(usize, Duration, usize, &str)> = latencies
        .iter()
        .enumerate()
        .map(|(i, (d, n, c))| (i + 1, *d, *n, c.as_str()))
        .collect();
    top.sort_by_key(|t| std::cmp::Reverse(t.1));
    println!(
        "  slowest five (submission #, class, absent, ms): {}",
        top.iter()
            .take(5)
            .map(|(i, d, n, c)| format!("#{i} {c} {n} {:.2}", ms(*d)))
            .collect::<Vec<_>>()
            .join("; ")
    );
    if let Some((class_id, _, pupil_ids)) = classes
        .iter()
        .find(|(_, _, p)| p.iter().filter(|id| absent.contains(id)).count() == 3)
    {
        probe_submission(
            &pool,
            &token,
            establishment_id,
            staff_id,
            *class_id,
            pupil_ids,
            &absent,
        );
    }
    let held = count(
        &pool,
        "SELECT COUNT(*) FROM absences WHERE state = 'held' AND kind = 'absent'",
    );
    assert_eq!(
        held as usize, absent_total,
        "every absence recorded and held"
    );

    // ------------------------------------------------------------ 4. the hold ends
    let provider = serve_provider(provider_listener);
    let (time_zone, zone_note) = daytime_zone();
    if let Some(note) = &zone_note {
        println!("\nnote: {note}");
    }
    println!(
        "\n[notify] fake provider at {provider_url}; load average {}",
        load_average()
    );
    // In the server the worker and its HTTP client are built once at startup, long before
    // any hold ends: build them first, and time that separately.
    let build_start = Instant::now();
    let settings = WorkerSettings {
        per_sender_per_second: SMS_PER_SECOND,
        time_zone,
        ..WorkerSettings::default()
    };
    let worker = Worker::new(
        pool.clone(),
        Arc::new(TwilioClient::new(twilio).expect("twilio client")),
        settings,
    );
    let build_time = build_start.elapsed();
    println!(
        "  TwilioClient::new + Worker::new: {:.2} ms (startup cost in the server, not counted below)",
        ms(build_time)
    );

    let hold_end = Instant::now();
    let signalled = {
        let mut conn = pool.get().expect("connection");
        signal_due_absences(&mut conn, &state.catalogs, store::now()).expect("signal")
    };
    let signal_time = hold_end.elapsed();
    let worker_start = Instant::now();
    // At 10/s (at most two deliveries a pupil) plus two minutes of slack, longer is a stuck worker.
    let deadline = Duration::from_secs_f64(2.0 * signalled as f64 / SMS_PER_SECOND + 120.0);
    let mut passes = 0u32;
    let mut idle_passes = 0u32;
    loop {
        let handled = worker.run_once().await.expect("run_once");
        passes += 1;
        if count(
            &pool,
            "SELECT COUNT(*) FROM outbox WHERE status IN ('queued', 'sending')",
        ) == 0
        {
            break;
        }
        if handled == 0 {
            idle_passes += 1;
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(
            hold_end.elapsed() < deadline,
            "the outbox did not drain within {deadline:?}"
        );
    }
    let drained = hold_end.elapsed();
    let queued = count(&pool, "SELECT COUNT(*) FROM outbox");
    let sms_rows = count(&pool, "SELECT COUNT(*) FROM outbox WHERE channel = 'sms'");
    let voice_rows = count(&pool, "SELECT COUNT(*) FROM outbox WHERE channel = 'voice'");
    println!(
        "  signal_due_absences: {signalled} pupil-days signalled, {queued} deliveries queued ({sms_rows} SMS, {voice_rows} calls) in {:.2} ms",
        ms(signal_time)
    );
    assert_eq!(signalled, absent_total);
    let hits = provider
        .hits
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    assert!(!hits.is_empty(), "the provider received nothing");
    let first = hits.iter().map(|h| h.at).min().expect("hits");
    let last = hits.iter().map(|h| h.at).max().expect("hits");
    let to_first = first.duration_since(hold_end);
    let to_last = last.duration_since(hold_end);
    let worker_to_first = first.duration_since(worker_start);
    let (sms, calls) = (
        hits.iter().filter(|h| !h.call).count(),
        hits.iter().filter(|h| h.call).count(),
    );
    let rate = if hits.len() > 1 {
        (hits.len() - 1) as f64 / last.duration_since(first).as_secs_f64()
    } else {
        f64::NAN
    };
    let mut times: Vec<Instant> = hits.iter().map(|h| h.at).collect();
    times.sort();
    let gaps: Vec<Duration> = times
        .windows(2)
        .map(|w| w[1].duration_since(w[0]))
        .collect();
    let max_gap = gaps.iter().max().copied().unwrap_or_default();
    let mut sorted_gaps = gaps.clone();
    sorted_gaps.sort();
    let distinct_to: HashSet<&str> = hits.iter().map(|h| h.to.as_str()).collect();
    println!(
        "  worker: {passes} run_once passes ({idle_passes} idle), drained in {:.2} s after the hold ended",
        drained.as_secs_f64()
    );
    println!(
        "  hold end -> first request {:.1} ms (signal {:.1} ms + worker start to first request {:.1} ms); -> last request {:.2} s",
        ms(to_first),
        ms(signal_time),
        ms(worker_to_first),
        to_last.as_secs_f64()
    );
    println!(
        "  {} requests ({sms} SMS, {calls} calls) to {} numbers; {:.2} msg/s between first and last (limit {SMS_PER_SECOND}/s); gap between requests p50 {:.1} ms, max {:.1} ms",
        hits.len(),
        distinct_to.len(),
        rate,
        ms(percentile(&sorted_gaps, 0.5)),
        ms(max_gap)
    );

    // ------------------------------------------------------------ checks
    let sent = count(&pool, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'");
    let not_sent = count(&pool, "SELECT COUNT(*) FROM outbox WHERE status != 'sent'");
    let linked = count(
        &pool,
        "SELECT COUNT(DISTINCT absence_id) FROM absence_deliveries",
    );
    let signalled_rows = count(
        &pool,
        "SELECT COUNT(*) FROM absences WHERE state = 'signalled'",
    );
    let refused = *provider.refused.lock().unwrap_or_else(|p| p.into_inner());
    let connections = provider
        .peers
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .len();
    println!(
        "\nchecks: {sent} sent, {not_sent} not sent, {signalled_rows} absences signalled, {linked} linked to a delivery; provider refused {refused}; the client opened {connections} TCP connection(s)"
    );
    assert_eq!(sent, queued);
    assert_eq!(not_sent, 0);
    assert_eq!(
        hits.len() as i64,
        queued,
        "one provider request per delivery"
    );
    assert_eq!(refused, 0);
    assert_eq!(
        distinct_to.len(),
        hits.len(),
        "every guardian has their own number"
    );
    let segments: BTreeMap<String, (usize, usize, usize)> = {
        let conn = pool.get().expect("connection");
        let mut stmt = conn
            .prepare("SELECT locale, body FROM outbox WHERE channel = 'sms'")
            .expect("bodies");
        let rows: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("bodies")
            .collect::<Result<_, _>>()
            .expect("bodies");
        let mut out: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
        for (locale, body) in rows {
            let cost = carnet::domain::sms_segments::cost(&body);
            let entry = out.entry(locale).or_default();
            entry.0 += 1;
            entry.1 += cost.segments;
            entry.2 = entry.2.max(cost.segments);
        }
        out
    };
    println!(
        "SMS by locale (messages / segments / most segments in one): {}",
        segments
            .iter()
            .map(|(l, (n, s, m))| format!("{l} {n}/{s}/{m}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    // The pacer counts segments, as Twilio and SignalWire count them towards a sender's
    // messages per second: the requests should take as long as the segments need.
    let total_segments: usize = segments.values().map(|(_, s, _)| s).sum();
    let segment_seconds = total_segments as f64 / SMS_PER_SECOND;
    println!(
        "segments: {total_segments} for {sms} SMS ({:.2} a message); at {SMS_PER_SECOND} segments/s a sender \
         needs ~{segment_seconds:.1} s; the paced requests took {:.1} s",
        total_segments as f64 / sms.max(1) as f64,
        last.duration_since(first).as_secs_f64()
    );

    // ------------------------------------------------------------ table
    println!(
        "\n| morning ({pupils} pupils, {CLASSES} roll calls over {spread} s, {absent_total} absent) | value |"
    );
    println!("|---|---:|");
    println!("| roll-call submission p50 | {:.2} ms |", ms(p50));
    println!("| roll-call submission p99 | {:.2} ms |", ms(p99));
    println!("| roll-call submission max | {:.2} ms |", ms(max));
    println!(
        "| signal_due_absences ({signalled} pupil-days, {queued} deliveries) | {:.2} ms |",
        ms(signal_time)
    );
    println!(
        "| hold end -> first SMS request received | {:.1} ms |",
        ms(to_first)
    );
    println!(
        "| hold end -> last request received | {:.2} s |",
        to_last.as_secs_f64()
    );
    println!(
        "| hold end -> outbox drained (all 'sent') | {:.2} s |",
        drained.as_secs_f64()
    );
    println!("| SMS / calls | {sms} / {calls} |");
    println!(
        "| achieved rate (first to last request) | {rate:.2} msg/s, {:.2} segments/s of {SMS_PER_SECOND} |",
        total_segments as f64 / last.duration_since(first).as_secs_f64().max(f64::EPSILON)
    );
    println!(
        "| SMS segments (at {SMS_PER_SECOND} segments/s a provider needs) | {total_segments} (~{segment_seconds:.1} s) |"
    );
    println!(
        "\nnote: the server polls absences every 5 s (worker::signal_news) and its idle worker sleeps 200 ms between empty\n\
         passes; here both run at once, so in production the first SMS can leave up to ~5.2 s later than measured above."
    );
    println!("load average (1 min) at end: {}", load_average());
    drop(app);
    drop(state);
    drop(pool);
    drop(tmp);
}
