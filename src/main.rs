//! The `carnet` command: serve, demo, migrate, import, add-staff, check-flows, sms-cost.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use carnet::channels::AnyProvider;
use carnet::channels::console::ConsoleProvider;
use carnet::channels::menu::Flows;
use carnet::channels::twilio::TwilioClient;
use carnet::config::{Config, ServerArgs};
use carnet::domain::locale::Locale;
use carnet::domain::password::hash_password;
use carnet::domain::role::Role;
use carnet::domain::sms_segments;
use carnet::domain::uai::Uai;
use carnet::i18n::Catalogs;
use carnet::store;
use carnet::worker::{self, Worker, WorkerSettings};
use carnet::{AppState, build_app, demo};
use clap::{Parser, Subcommand};

mod import_cli;

#[derive(Parser)]
#[command(
    name = "carnet",
    version,
    about = "The school–family link that works on any phone"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve Carnet on a real database, with no demo data.
    Serve(ServerArgs),
    /// Serve a seeded demo establishment with the phone simulator.
    Demo(ServerArgs),
    /// Bring a database file up to the latest schema.
    Migrate {
        #[arg(long, env = "CARNET_DB", default_value = "carnet.db")]
        db: PathBuf,
    },
    /// Load classes, pupils and guardians from a file.
    Import {
        #[command(subcommand)]
        format: ImportFormat,
    },
    /// Check sms-flows/ against the catalogs: states, digits, prompts in every locale.
    CheckFlows,
    /// For each line on stdin, print `gsm7|ucs2 <units> <segments>`.
    SmsCost {
        /// Count the text as Carnet sends it, after normalisation.
        #[arg(long)]
        normalise: bool,
    },
    /// Create a staff account; the password is read from standard input.
    AddStaff {
        #[arg(long, env = "CARNET_DB", default_value = "carnet.db")]
        db: PathBuf,
        #[arg(long)]
        uai: String,
        #[arg(long)]
        username: String,
        #[arg(long)]
        name: String,
        /// head, vie_scolaire, teacher or mediator
        #[arg(long)]
        role: String,
    },
}

#[derive(Subcommand)]
enum ImportFormat {
    /// The CSV format described in the README (semicolon or comma, UTF-8 or ISO-8859-15).
    Csv {
        file: PathBuf,
        #[arg(long, env = "CARNET_DB", default_value = "carnet.db")]
        db: PathBuf,
        /// Show what would change, write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Language of the messages (fr, en, ...).
        #[arg(long, env = "CARNET_LANG", default_value = "fr")]
        lang: String,
    },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tower_http=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let result = match Cli::parse().command {
        Command::Serve(args) => serve(args, false),
        Command::Demo(mut args) => {
            if std::env::var_os("CARNET_DB").is_none() && args.db.as_os_str() == "carnet.db" {
                args.db = PathBuf::from("carnet-demo.db");
            }
            serve(args, true)
        }
        Command::Migrate { db } => migrate(db),
        Command::Import {
            format:
                ImportFormat::Csv {
                    file,
                    db,
                    dry_run,
                    lang,
                },
        } => import_cli::import_csv(file, db, dry_run, &lang),
        Command::AddStaff {
            db,
            uai,
            username,
            name,
            role,
        } => add_staff(db, &uai, &username, &name, &role),
        Command::CheckFlows => check_flows(),
        Command::SmsCost { normalise } => sms_cost(normalise),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("carnet: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve(args: ServerArgs, demo_mode: bool) -> Result<ExitCode, String> {
    let config = Config::new(&args, demo_mode)?;
    let pool = store::open(&config.db).map_err(|e| format!("{}: {e}", config.db.display()))?;
    if demo_mode {
        let mut conn = pool.get().map_err(|e| e.to_string())?;
        demo::seed(&mut conn).map_err(|e| e.to_string())?;
    }
    let state = AppState::new(config.clone(), pool.clone())?;
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .map_err(|e| format!("{}: {e}", config.listen))?;
        if demo_mode {
            println!("{}", demo::logins(&config.public_url));
        }
        tracing::info!(url = %config.public_url, db = %config.db.display(), "Carnet is listening");
        let provider = match &config.twilio {
            Some(settings) => AnyProvider::Twilio(TwilioClient::new(settings.clone())?),
            None => AnyProvider::Console(ConsoleProvider { demo: demo_mode }),
        };
        let settings = WorkerSettings {
            per_sender_per_second: config.sms_per_second,
            lease_seconds: config.delivery_lease_seconds,
            ..WorkerSettings::default()
        };
        tokio::spawn(worker::signal_news(pool.clone(), state.catalogs.clone()));
        tokio::spawn(Worker::new(pool, Arc::new(provider), settings).run());
        let app = build_app(state).into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(|e| e.to_string())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// SIGINT (Ctrl-C) or SIGTERM (systemd) end the server after in-flight requests.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}

fn migrate(db: PathBuf) -> Result<ExitCode, String> {
    let mut conn = rusqlite::Connection::open(&db).map_err(|e| format!("{}: {e}", db.display()))?;
    let (before, after) = store::migrate(&mut conn).map_err(|e| e.to_string())?;
    println!("{}: schema version {before} -> {after}", db.display());
    Ok(ExitCode::SUCCESS)
}

fn add_staff(
    db: PathBuf,
    uai: &str,
    username: &str,
    name: &str,
    role: &str,
) -> Result<ExitCode, String> {
    let uai = Uai::parse(uai).map_err(|e| e.to_string())?;
    let role = Role::parse(role).ok_or("role must be head, vie_scolaire, teacher or mediator")?;
    let mut password = String::new();
    std::io::stdin()
        .read_line(&mut password)
        .map_err(|e| e.to_string())?;
    let password = password.trim_end_matches(['\r', '\n']);
    if password.chars().count() < 12 {
        return Err("the password needs at least 12 characters".into());
    }
    let hash = hash_password(password)?;
    let pool = store::open(&db).map_err(|e| format!("{}: {e}", db.display()))?;
    let conn = pool.get().map_err(|e| e.to_string())?;
    let establishment = store::schools::establishment_id_by_uai(&conn, uai.as_str())
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no establishment {uai}: import its pupils first"))?;
    store::staff::insert(&conn, establishment, username, name, role, &hash)
        .map_err(|e| e.to_string())?;
    println!("{username} can now sign in at /staff/sign-in");
    Ok(ExitCode::SUCCESS)
}

fn check_flows() -> Result<ExitCode, String> {
    let catalogs = Catalogs::load()?;
    let flows = Flows::load(&catalogs)?;
    println!(
        "sms-flows: {} states, every prompt in {} locales, no ambiguous digit",
        flows.menu.states.len(),
        Locale::ALL.len()
    );
    Ok(ExitCode::SUCCESS)
}

fn sms_cost(normalise: bool) -> Result<ExitCode, String> {
    for line in std::io::stdin().lines() {
        let line = line.map_err(|e| e.to_string())?;
        let text = if normalise {
            sms_segments::normalise(&line)
        } else {
            line
        };
        println!("{}", sms_segments::cost(&text).line());
    }
    Ok(ExitCode::SUCCESS)
}
