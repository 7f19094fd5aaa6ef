//! Server configuration: one struct, every flag also a `CARNET_*` environment variable.

use std::net::SocketAddr;
use std::path::PathBuf;

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
}

#[derive(Debug, Clone)]
pub struct Config {
    pub db: PathBuf,
    pub listen: SocketAddr,
    /// Without a trailing slash.
    pub public_url: String,
    /// Demo mode: seeded data, the phone simulator, codes shown in the console.
    pub demo: bool,
}

impl Config {
    pub fn new(args: &ServerArgs, demo: bool) -> Result<Self, String> {
        let public_url = args.public_url.clone().unwrap_or_else(|| format!("http://{}", args.listen));
        let public_url = public_url.trim_end_matches('/').to_string();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(format!("--public-url must start with http:// or https://, not {public_url:?}"));
        }
        Ok(Self { db: args.db.clone(), listen: args.listen, public_url, demo })
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
        ServerArgs { db: "x.db".into(), listen: "127.0.0.1:8080".parse().unwrap(), public_url: public_url.map(String::from) }
    }

    #[test]
    fn derives_public_url_origin_and_cookie_security() {
        let local = Config::new(&args(None), false).unwrap();
        assert_eq!(local.public_url, "http://127.0.0.1:8080");
        assert!(!local.secure_cookies());
        let proxied = Config::new(&args(Some("https://carnet.example.fr/college/")), false).unwrap();
        assert_eq!(proxied.public_url, "https://carnet.example.fr/college");
        assert_eq!(proxied.origin(), "https://carnet.example.fr");
        assert!(proxied.secure_cookies());
        assert!(Config::new(&args(Some("carnet.example.fr")), false).is_err());
    }
}
