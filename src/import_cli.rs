//! `carnet import csv`: reads the file, reports every rejected line, applies all or nothing.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;

use carnet::domain::csv_import::{self, RowError, RowProblem};
use carnet::domain::locale::Locale;
use carnet::i18n::{Catalogs, Tr};
use carnet::store::{self, import::ImportSummary};
use fluent_bundle::FluentArgs;

fn reason(tr: &Tr, problem: &RowProblem) -> String {
    let mut args = FluentArgs::new();
    let id = match problem {
        RowProblem::NotText => "import-reason-not-text",
        RowProblem::Unreadable(detail) => {
            args.set("detail", detail.clone());
            "import-reason-unreadable"
        }
        RowProblem::MissingColumn(column) => {
            args.set("column", *column);
            "import-reason-missing-column"
        }
        RowProblem::Missing(column) => {
            args.set("column", *column);
            "import-reason-missing"
        }
        RowProblem::TooLong(column) => {
            args.set("column", *column);
            "import-reason-too-long"
        }
        RowProblem::ControlCharacter(column) => {
            args.set("column", *column);
            "import-reason-control"
        }
        RowProblem::BadUai(value) => {
            args.set("value", value.clone());
            "import-reason-bad-uai"
        }
        RowProblem::BadPhone(column, value) => {
            args.set("column", *column);
            args.set("value", value.clone());
            "import-reason-bad-phone"
        }
        RowProblem::UnknownLanguage(value) => {
            args.set("value", value.clone());
            "import-reason-unknown-language"
        }
        RowProblem::BadYesNo(column, value) => {
            args.set("column", *column);
            args.set("value", value.clone());
            "import-reason-bad-yes-no"
        }
        RowProblem::Conflict(column, first) => {
            args.set("column", *column);
            args.set("first", *first);
            "import-reason-conflict"
        }
    };
    tr.args(id, &args)
}

fn report_errors(tr: &Tr, errors: &[RowError]) {
    for error in errors {
        let mut args = FluentArgs::new();
        args.set("reason", reason(tr, &error.problem));
        if error.line == 0 {
            eprintln!("{}", tr.args("import-file-error", &args));
        } else {
            args.set("line", error.line);
            eprintln!("{}", tr.args("import-row-error", &args));
        }
    }
    let mut args = FluentArgs::new();
    args.set("count", errors.len());
    eprintln!("{}", tr.args("import-rejected", &args));
}

fn summary_text(tr: &Tr, summary: &ImportSummary) -> String {
    if summary.changes() == 0 {
        return tr.t("import-nothing-changed");
    }
    let mut args = FluentArgs::new();
    args.set("establishments", summary.establishments_created);
    args.set("classes", summary.classes_created);
    args.set("pupils_created", summary.pupils_created);
    args.set("pupils_updated", summary.pupils_updated);
    args.set("guardians_created", summary.guardians_created);
    args.set("guardians_updated", summary.guardians_updated);
    args.set("links_created", summary.links_created);
    args.set("links_updated", summary.links_updated);
    tr.args("import-summary", &args)
}

pub fn import_csv(
    file: PathBuf,
    db: PathBuf,
    dry_run: bool,
    lang: &str,
) -> Result<ExitCode, String> {
    let catalogs = Catalogs::load()?;
    let tr = catalogs.plain(Locale::parse(lang).unwrap_or(Locale::Fr));
    let mut args = FluentArgs::new();
    args.set("file", file.display().to_string());
    eprintln!("{}", tr.args("import-reading", &args));
    let mut bytes = Vec::new();
    std::fs::File::open(&file)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|e| format!("{}: {e}", file.display()))?;
    let show_progress = std::io::stderr().is_terminal() || bytes.len() > 1_000_000;
    let progress = |done: u64| {
        if show_progress && done.is_multiple_of(5000) {
            let mut args = FluentArgs::new();
            args.set("done", done);
            eprintln!("{}", tr.args("import-progress", &args));
        }
    };
    let text = csv_import::decode_text(&bytes).map_err(|problem| reason(&tr, &problem))?;
    let (rows, errors) = csv_import::parse_file(&text, progress);
    if !errors.is_empty() {
        report_errors(&tr, &errors);
        return Ok(ExitCode::FAILURE);
    }
    let pool = store::open(&db).map_err(|e| format!("{}: {e}", db.display()))?;
    let mut conn = pool.get().map_err(|e| e.to_string())?;
    let summary =
        store::import::apply(&mut conn, &rows, dry_run, progress).map_err(|e| e.to_string())?;
    println!("{}", summary_text(&tr, &summary));
    println!(
        "{}",
        tr.t(if dry_run {
            "import-dry-run"
        } else {
            "import-done"
        })
    );
    Ok(ExitCode::SUCCESS)
}
