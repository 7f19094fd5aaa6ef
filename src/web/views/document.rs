//! Renders the small text format of `templates/`: `#` title, `##` sections, `-` lists, paragraphs.

use maud::{Markup, html};

/// A template split into its title (the page's h1) and body blocks.
pub struct Document<'a> {
    pub title: &'a str,
    blocks: Vec<Block<'a>>,
}

enum Block<'a> {
    Heading(&'a str),
    Paragraph(String),
    List(Vec<&'a str>),
}

impl<'a> Document<'a> {
    pub fn parse(text: &'a str) -> Self {
        let mut title = "";
        let mut blocks = Vec::new();
        let mut paragraph: Vec<&str> = Vec::new();
        let mut list: Vec<&str> = Vec::new();
        let flush =
            |blocks: &mut Vec<Block<'a>>, paragraph: &mut Vec<&'a str>, list: &mut Vec<&'a str>| {
                if !paragraph.is_empty() {
                    blocks.push(Block::Paragraph(paragraph.join(" ")));
                    paragraph.clear();
                }
                if !list.is_empty() {
                    blocks.push(Block::List(std::mem::take(list)));
                }
            };
        for line in text.lines().map(str::trim) {
            if let Some(heading) = line.strip_prefix("## ") {
                flush(&mut blocks, &mut paragraph, &mut list);
                blocks.push(Block::Heading(heading));
            } else if let Some(heading) = line.strip_prefix("# ") {
                flush(&mut blocks, &mut paragraph, &mut list);
                title = heading;
            } else if let Some(item) = line.strip_prefix("- ") {
                if !paragraph.is_empty() {
                    flush(&mut blocks, &mut paragraph, &mut list);
                }
                list.push(item);
            } else if line.is_empty() {
                flush(&mut blocks, &mut paragraph, &mut list);
            } else {
                paragraph.push(line);
            }
        }
        flush(&mut blocks, &mut paragraph, &mut list);
        Self { title, blocks }
    }

    pub fn body(&self) -> Markup {
        html! {
            @for block in &self.blocks {
                @match block {
                    Block::Heading(text) => h2 { (text) },
                    Block::Paragraph(text) => p { (text) },
                    Block::List(items) => ul { @for item in items { li { (item) } } },
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_sections_lists_and_paragraphs_escaped() {
        let doc = Document::parse(
            "# Aide\n\n## Se connecter\n\n- un\n- <b>deux</b>\n\nUne ligne\nqui continue.\n",
        );
        assert_eq!(doc.title, "Aide");
        assert_eq!(
            doc.body().into_string(),
            "<h2>Se connecter</h2><ul><li>un</li><li>&lt;b&gt;deux&lt;/b&gt;</li></ul><p>Une ligne qui continue.</p>"
        );
    }
}
