//! `/help`, `/privacy`, `/accessibility`: long per-locale texts from `templates/`.

use maud::Markup;

use crate::i18n;
use crate::web::context::Ctx;
use crate::web::error::AppError;
use crate::web::views::document::Document;
use crate::web::views::layout;

fn render(ctx: &Ctx, name: &str) -> Result<Markup, AppError> {
    let text = i18n::template(ctx.locale, name).ok_or_else(AppError::not_found)?;
    let document = Document::parse(text);
    Ok(layout::page(ctx, document.title, document.body()))
}

pub async fn help(ctx: Ctx) -> Result<Markup, AppError> {
    render(&ctx, "help")
}

pub async fn privacy(ctx: Ctx) -> Result<Markup, AppError> {
    render(&ctx, "privacy")
}

pub async fn accessibility(ctx: Ctx) -> Result<Markup, AppError> {
    render(&ctx, "accessibility")
}
