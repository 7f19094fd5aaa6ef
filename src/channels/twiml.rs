//! TwiML written with an XML writer (never by concatenation), and read back for the simulator.

use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};

/// Text spoken in one language with one voice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Say {
    pub text: String,
    pub language: String,
    pub voice: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verb {
    Say(Say),
    /// Collects keys, speaking `prompts` meanwhile; then Twilio posts to `action`.
    Gather {
        action: String,
        num_digits: Option<u32>,
        finish_on_key: Option<&'static str>,
        timeout_seconds: u32,
        prompts: Vec<Say>,
    },
    Redirect(String),
    Hangup,
}

fn write_say(writer: &mut Writer<Vec<u8>>, say: &Say) -> std::io::Result<()> {
    let mut start = BytesStart::new("Say");
    start.push_attribute(("language", say.language.as_str()));
    if let Some(voice) = &say.voice {
        start.push_attribute(("voice", voice.as_str()));
    }
    writer.write_event(Event::Start(start))?;
    writer.write_event(Event::Text(BytesText::new(&say.text)))?;
    writer.write_event(Event::End(BytesEnd::new("Say")))
}

fn write_verb(writer: &mut Writer<Vec<u8>>, verb: &Verb) -> std::io::Result<()> {
    match verb {
        Verb::Say(say) => write_say(writer, say),
        Verb::Gather {
            action,
            num_digits,
            finish_on_key,
            timeout_seconds,
            prompts,
        } => {
            let mut start = BytesStart::new("Gather");
            start.push_attribute(("input", "dtmf"));
            start.push_attribute(("action", action.as_str()));
            start.push_attribute(("method", "POST"));
            let timeout = timeout_seconds.to_string();
            start.push_attribute(("timeout", timeout.as_str()));
            let digits = num_digits.map(|n| n.to_string());
            if let Some(digits) = &digits {
                start.push_attribute(("numDigits", digits.as_str()));
            }
            if let Some(key) = finish_on_key {
                start.push_attribute(("finishOnKey", *key));
            }
            writer.write_event(Event::Start(start))?;
            for say in prompts {
                write_say(writer, say)?;
            }
            writer.write_event(Event::End(BytesEnd::new("Gather")))
        }
        Verb::Redirect(url) => {
            let mut start = BytesStart::new("Redirect");
            start.push_attribute(("method", "POST"));
            writer.write_event(Event::Start(start))?;
            writer.write_event(Event::Text(BytesText::new(url)))?;
            writer.write_event(Event::End(BytesEnd::new("Redirect")))
        }
        Verb::Hangup => writer.write_event(Event::Empty(BytesStart::new("Hangup"))),
    }
}

/// A complete `<Response>` document.
pub fn response(verbs: &[Verb]) -> String {
    let mut writer = Writer::new(Vec::new());
    let written = (|| -> std::io::Result<()> {
        writer.write_event(Event::Decl(quick_xml::events::BytesDecl::new(
            "1.0",
            Some("UTF-8"),
            None,
        )))?;
        writer.write_event(Event::Start(BytesStart::new("Response")))?;
        for verb in verbs {
            write_verb(&mut writer, verb)?;
        }
        writer.write_event(Event::End(BytesEnd::new("Response")))
    })();
    match written {
        Ok(()) => String::from_utf8(writer.into_inner()).unwrap_or_default(),
        Err(_) => {
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>".to_string()
        }
    }
}

/// What a person would hear and whether the call waits for keys, read from TwiML.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Heard {
    pub said: Vec<String>,
    pub gathers: bool,
    pub hangs_up: bool,
}

pub fn hear(twiml: &str) -> Heard {
    let mut reader = quick_xml::Reader::from_str(twiml);
    let mut heard = Heard::default();
    let mut say: Option<String> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.name().as_ref() == "Say" => say = Some(String::new()),
            Ok(Event::End(e)) if e.name().as_ref() == "Say" => heard.said.extend(say.take()),
            Ok(Event::Start(e)) if e.name().as_ref() == "Gather" => heard.gathers = true,
            Ok(Event::Empty(e)) if e.name().as_ref() == "Hangup" => heard.hangs_up = true,
            Ok(Event::Text(text)) => {
                if let Some(said) = say.as_mut() {
                    said.push_str(&text.xml10_content());
                }
            }
            // Entities arrive as their own events: `&amp;` is a reference named "amp".
            Ok(Event::GeneralRef(reference)) => {
                if let Some(said) = say.as_mut() {
                    let escaped = format!("&{};", reference.xml10_content());
                    said.push_str(
                        &quick_xml::escape::unescape(&escaped)
                            .map(|t| t.into_owned())
                            .unwrap_or(escaped),
                    );
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    heard
}

#[cfg(test)]
mod tests {
    use super::*;

    fn say(text: &str) -> Say {
        Say {
            text: text.into(),
            language: "fr-FR".into(),
            voice: Some("Polly.Lea".into()),
        }
    }

    #[test]
    fn writes_escaped_twiml_and_reads_it_back() {
        let twiml = response(&[
            Verb::Gather {
                action: "/twilio/voice/gather?a=1&b=2".into(),
                num_digits: Some(1),
                finish_on_key: None,
                timeout_seconds: 6,
                prompts: vec![say("Tapez 1 <ou> 2 & \"étoile\"")],
            },
            Verb::Redirect("/twilio/voice/gather".into()),
            Verb::Hangup,
        ]);
        assert!(twiml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Gather"));
        assert!(twiml.contains("action=\"/twilio/voice/gather?a=1&amp;b=2\""));
        assert!(twiml.contains("Tapez 1 &lt;ou&gt; 2 &amp;"));
        assert!(twiml.contains("<Say language=\"fr-FR\" voice=\"Polly.Lea\">"));
        let heard = hear(&twiml);
        assert_eq!(heard.said, vec!["Tapez 1 <ou> 2 & \"étoile\"".to_string()]);
        assert!(heard.gathers && heard.hangs_up);
    }
}
