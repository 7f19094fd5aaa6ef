//! In-memory sliding-window limits per key (an address, a number, a username).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One rule: at most `max` events per `window`.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub max: usize,
    pub window: Duration,
}

pub const CODE_REQUESTS_PER_ADDRESS: Limit = Limit {
    max: 10,
    window: Duration::from_secs(15 * 60),
};
pub const CODE_CHECKS_PER_ADDRESS: Limit = Limit {
    max: 20,
    window: Duration::from_secs(15 * 60),
};
pub const STAFF_ATTEMPTS_PER_ADDRESS: Limit = Limit {
    max: 10,
    window: Duration::from_secs(15 * 60),
};
pub const STAFF_ATTEMPTS_PER_USERNAME: Limit = Limit {
    max: 5,
    window: Duration::from_secs(15 * 60),
};

#[derive(Default)]
pub struct RateLimiter {
    events: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl RateLimiter {
    /// Records an event for `key` if the limit allows it; otherwise returns how long
    /// until it would, and records nothing.
    pub fn hit(&self, key: &str, limit: Limit) -> Result<(), Duration> {
        let now = Instant::now();
        let mut events = self
            .events
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if events.len() > 100_000 {
            events.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < limit.window)
            });
        }
        let times = events.entry(key.to_string()).or_default();
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= limit.window)
        {
            times.pop_front();
        }
        if times.len() >= limit.max {
            let oldest = times.front().copied().unwrap_or(now);
            return Err(limit.window.saturating_sub(now.duration_since(oldest)));
        }
        times.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_up_to_the_limit_then_says_how_long_to_wait() {
        let limiter = RateLimiter::default();
        let limit = Limit {
            max: 3,
            window: Duration::from_secs(60),
        };
        for _ in 0..3 {
            assert!(limiter.hit("a", limit).is_ok());
        }
        let wait = limiter.hit("a", limit).unwrap_err();
        assert!(wait > Duration::from_secs(55) && wait <= Duration::from_secs(60));
        assert!(limiter.hit("b", limit).is_ok(), "keys are independent");
    }

    #[test]
    fn forgets_events_older_than_the_window() {
        let limiter = RateLimiter::default();
        let limit = Limit {
            max: 1,
            window: Duration::from_millis(20),
        };
        assert!(limiter.hit("a", limit).is_ok());
        assert!(limiter.hit("a", limit).is_err());
        std::thread::sleep(Duration::from_millis(30));
        assert!(limiter.hit("a", limit).is_ok());
    }
}
