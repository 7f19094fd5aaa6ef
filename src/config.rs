//! Server configuration: one struct, every flag also a `CARNET_*` environment variable.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::channels::twilio::TwilioSettings;
use crate::channels::voice::VoiceMap;

#[derive(Debug, Clone, clap::Args)]
pub struct ServerArgs {
    /// SQLite database file.
    #[arg(long, env = "CARNET_DB", default_value = "carnet.db")]
    pub db: PathBuf,
    /// Address to listen on.
    #[arg(long, env = "CARNET_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// The URL people and providers reach Carnet at (https://... behind a proxy).
    #[arg(long, env = "CARNET_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Twilio's API host, or a compatible provider's (SignalWire, Telnyx TeXML).
    #[arg(
        long,
        env = "CARNET_TWILIO_BASE_URL",
        default_value = "https://api.twilio.com"
    )]
    pub twilio_base_url: String,
    #[arg(long, env = "CARNET_TWILIO_ACCOUNT_SID")]
    pub twilio_account_sid: Option<String>,
    #[arg(long, env = "CARNET_TWILIO_AUTH_TOKEN", hide_env_values = true)]
    pub twilio_auth_token: Option<String>,
    /// Numbers to send from, comma-separated; load is spread across them.
    #[arg(long, env = "CARNET_TWILIO_FROM", value_delimiter = ',')]
    pub twilio_from: Vec<String>,
    #[arg(long, env = "CARNET_TWILIO_MESSAGING_SERVICE_SID")]
    pub twilio_messaging_service_sid: Option<String>,
    /// SMS segments a second per sender, as carriers count them: a 2-part SMS takes two
    /// slots, a call one (0: no limit).
    #[arg(long, env = "CARNET_SMS_PER_SECOND", default_value_t = 1.0)]
    pub sms_per_second: f64,
    /// Seconds a claimed delivery stays claimed; after a crash, unsent claims return then.
    #[arg(long, env = "CARNET_DELIVERY_LEASE_SECONDS", default_value_t = 120)]
    pub delivery_lease_seconds: i64,
    /// Minutes an absence waits before the family is told (the pupil may still arrive).
    #[arg(long, env = "CARNET_ABSENCE_HOLD_MINUTES", default_value_t = 20)]
    pub absence_hold_minutes: i64,
    /// Text-to-speech voice per locale, e.g. "ar=Polly.Zeina,uk=Google.uk-UA-Standard-A".
    #[arg(long, env = "CARNET_VOICES", value_delimiter = ',')]
    pub voices: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub db: PathBuf,
    pub listen: SocketAddr,
    /// Without a trailing slash.
    pub public_url: String,
    /// Demo mode: seeded data, the phone simulator, codes shown in the console.
    pub demo: bool,
    /// `None`: the console provider stands in, and webhooks are refused.
    pub twilio: Option<TwilioSettings>,
    pub sms_per_second: f64,
    pub delivery_lease_seconds: i64,
    pub absence_hold_seconds: i64,
    pub voices: VoiceMap,
}

impl Config {
    pub fn new(args: &ServerArgs, demo: bool) -> Result<Self, String> {
        let public_url = args
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", args.listen));
        let public_url = public_url.trim_end_matches('/').to_string();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(format!(
                "--public-url must start with http:// or https://, not {public_url:?}"
            ));
        }
        let twilio = match (&args.twilio_account_sid, &args.twilio_auth_token) {
            (Some(account_sid), Some(auth_token)) => {
                if args.twilio_from.is_empty() && args.twilio_messaging_service_sid.is_none() {
                    return Err(
                        "Twilio needs --twilio-from or --twilio-messaging-service-sid".into(),
                    );
                }
                Some(TwilioSettings {
                    base_url: args.twilio_base_url.trim_end_matches('/').to_string(),
                    account_sid: account_sid.clone(),
                    auth_token: auth_token.clone(),
                    from: args.twilio_from.clone(),
                    messaging_service_sid: args.twilio_messaging_service_sid.clone(),
                    public_url: public_url.clone(),
                })
            }
            (None, None) => None,
            _ => {
                return Err(
                    "set both --twilio-account-sid and --twilio-auth-token, or neither".into(),
                );
            }
        };
        if !(args.sms_per_second >= 0.0 && args.sms_per_second.is_finite()) {
            return Err("--sms-per-second must be 0 or more".into());
        }
        let voices = VoiceMap::parse(&args.voices)?;
        if args.delivery_lease_seconds < 1 {
            return Err("--delivery-lease-seconds must be at least 1".into());
        }
        Ok(Self {
            db: args.db.clone(),
            listen: args.listen,
            public_url,
            demo,
            twilio,
            sms_per_second: args.sms_per_second,
            delivery_lease_seconds: args.delivery_lease_seconds,
            absence_hold_seconds: args.absence_hold_minutes.clamp(0, 24 * 60) * 60,
            voices,
        })
    }

    /// Cookies get the Secure flag when Carnet is reached over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// The scheme and host, as browsers send it in `Origin`.
    pub fn origin(&self) -> &str {
        let after_scheme = self.public_url.find("://").map_or(0, |i| i + 3);
        match self.public_url[after_scheme..].find('/') {
            Some(slash) => &self.public_url[..after_scheme + slash],
            None => &self.public_url,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(public_url: Option<&str>) -> ServerArgs {
        use clap::Parser;
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            args: ServerArgs,
        }
        let mut argv = vec!["carnet".to_string(), "--db".into(), "x.db".into()];
        if let Some(url) = public_url {
            argv.extend(["--public-url".into(), url.into()]);
        }
        Cli::parse_from(argv).args
    }

    #[test]
    fn derives_public_url_origin_and_cookie_security() {
        let local = Config::new(&args(None), false).unwrap();
        assert_eq!(local.public_url, "http://127.0.0.1:8080");
        assert!(!local.secure_cookies());
        let proxied =
            Config::new(&args(Some("https://carnet.example.fr/college/")), false).unwrap();
        assert_eq!(proxied.public_url, "https://carnet.example.fr/college");
        assert_eq!(proxied.origin(), "https://carnet.example.fr");
        assert!(proxied.secure_cookies());
        assert!(Config::new(&args(Some("carnet.example.fr")), false).is_err());
        assert!(local.twilio.is_none(), "no account: the console provider");
    }

    #[test]
    fn twilio_needs_both_credentials_and_a_sender() {
        let mut half = args(None);
        half.twilio_account_sid = Some("AC00000000000000000000000000000000".into());
        assert!(Config::new(&half, false).is_err());
        half.twilio_auth_token = Some("token".into());
        assert!(Config::new(&half, false).is_err(), "no sender");
        half.twilio_from = vec!["+33700000001".into(), "+33700000002".into()];
        let config = Config::new(&half, false).unwrap();
        assert_eq!(config.twilio.unwrap().from.len(), 2);
        half.sms_per_second = -1.0;
        assert!(Config::new(&half, false).is_err());
    }
}
