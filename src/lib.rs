//! Carnet: the school–family link on any phone. `build_app` is what tests and `main` serve.

pub mod channels;
pub mod config;
pub mod demo;
pub mod domain;
pub mod embedded;
pub mod i18n;
pub mod store;
pub mod web;
pub mod worker;

use std::sync::Arc;

use channels::menu::Flows;
use config::Config;
use i18n::Catalogs;
use store::Pool;
use web::rate_limit::RateLimiter;

/// What every request handler shares.
#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub catalogs: Arc<Catalogs>,
    pub flows: Arc<Flows>,
    pub config: Arc<Config>,
    pub limiter: Arc<RateLimiter>,
}

impl AppState {
    pub fn new(config: Config, pool: Pool) -> Result<Self, String> {
        let catalogs = Catalogs::load()?;
        let flows = Flows::load(&catalogs)?;
        Ok(Self {
            pool,
            catalogs: Arc::new(catalogs),
            flows: Arc::new(flows),
            config: Arc::new(config),
            limiter: Arc::new(RateLimiter::default()),
        })
    }
}

/// The whole HTTP surface, ready to serve or to drive with `oneshot` in tests.
pub fn build_app(state: AppState) -> axum::Router {
    web::router::router(state)
}
