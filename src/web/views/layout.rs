//! The page frame: skip link, header with navigation, main with the one h1, footer with languages.

use maud::{DOCTYPE, Markup, html};

use crate::domain::locale::Locale;
use crate::web::context::Ctx;
use crate::web::pages::assets;
use crate::web::session::Viewer;

/// The whole page around `body`; `title` is the h1 and the start of `<title>`.
pub fn page(ctx: &Ctx, title: &str, body: Markup) -> Markup {
    let tr = ctx.tr();
    html! {
        (DOCTYPE)
        html lang=(ctx.locale.language_tag()) dir=(ctx.locale.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – " (tr.t("site-name")) }
                link rel="stylesheet" href=(assets::stylesheet_href());
            }
            body {
                a.skip href="#main" { (tr.t("skip-link")) }
                header {
                    p.brand { a href="/" { (tr.t("site-name")) } }
                    (navigation(ctx))
                }
                @if ctx.demo {
                    p.demo { (tr.t("demo-banner")) }
                }
                main #main tabindex="-1" {
                    h1 { (title) }
                    (body)
                }
                footer {
                    nav aria-label=(tr.t("footer-label")) {
                        ul {
                            li { a href="/help" { (tr.t("nav-help")) } }
                            li { a href="/privacy" { (tr.t("footer-privacy")) } }
                            li { a href="/accessibility" { (tr.t("footer-accessibility")) } }
                            @if ctx.demo {
                                li { a href="/simulator" { (tr.t("footer-simulator")) } }
                            }
                        }
                    }
                    (language_switcher(ctx))
                }
            }
        }
    }
}

fn navigation(ctx: &Ctx) -> Markup {
    let tr = ctx.tr();
    html! {
        nav aria-label=(tr.t("nav-label")) {
            ul {
                @match &ctx.viewer {
                    Viewer::Anonymous => {
                        li { a href="/" { (tr.t("nav-home")) } }
                        li { a href="/sign-in" { (tr.t("nav-sign-in")) } }
                    }
                    Viewer::Guardian(_) => {
                        li { a href="/family" { (tr.t("nav-home")) } }
                        li { a href="/settings" { (tr.t("nav-settings")) } }
                    }
                    Viewer::Staff(_) => {
                        li { a href="/staff" { (tr.t("nav-home")) } }
                    }
                }
                li { a href="/help" { (tr.t("nav-help")) } }
                @if !matches!(ctx.viewer, Viewer::Anonymous) {
                    li {
                        form method="post" action="/sign-out" {
                            button type="submit" { (tr.t("nav-sign-out")) }
                        }
                    }
                }
            }
        }
    }
}

/// Plain links, each language named in itself and marked with its own language and direction.
fn language_switcher(ctx: &Ctx) -> Markup {
    let tr = ctx.tr();
    html! {
        nav aria-label=(tr.t("language-switcher-label")) {
            ul.languages {
                @for locale in Locale::ALL {
                    li {
                        a href={ (ctx.path) "?lang=" (locale.code()) }
                            lang=(locale.language_tag()) hreflang=(locale.language_tag()) dir=(locale.dir())
                            aria-current=[(locale == ctx.locale).then_some("true")] {
                            (locale.native_name())
                        }
                    }
                }
            }
        }
    }
}
