//! Per-sender pacing: each sender sends at most `rate` segments a second, load spread evenly.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Hands out send slots: the sender free soonest, and when its next slot is.
pub struct Pacer {
    senders: Vec<String>,
    interval: Option<Duration>,
    next_free: Mutex<Vec<Instant>>,
}

impl Pacer {
    /// `per_second` of 0 or less means no limit.
    pub fn new(senders: Vec<String>, per_second: f64) -> Self {
        let interval = (per_second > 0.0).then(|| Duration::from_secs_f64(1.0 / per_second));
        let now = Instant::now();
        let next_free = Mutex::new(vec![now; senders.len().max(1)]);
        Self {
            senders,
            interval,
            next_free,
        }
    }

    /// Reserves the next slot for a message of `units` (its SMS segments: carriers count
    /// each part of a long SMS against the rate) and returns the sender and when to send.
    pub fn reserve(&self, units: u32) -> (String, Instant) {
        let now = Instant::now();
        let mut next_free = self.next_free.lock().unwrap_or_else(|p| p.into_inner());
        let (index, slot) = next_free
            .iter()
            .enumerate()
            .min_by_key(|(_, t)| **t)
            .map(|(i, t)| (i, (*t).max(now)))
            .unwrap_or((0, now));
        if let Some(interval) = self.interval {
            next_free[index] = slot + interval * units.max(1);
        }
        (self.senders.get(index).cloned().unwrap_or_default(), slot)
    }

    /// Waits for a slot for a message of `units` and returns its sender.
    pub async fn next_sender(&self, units: u32) -> String {
        let (sender, slot) = self.reserve(units);
        tokio::time::sleep_until(tokio::time::Instant::from_std(slot)).await;
        sender
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_spaced_per_sender_and_spread_across_senders() {
        let pacer = Pacer::new(vec!["A".into(), "B".into()], 10.0);
        let slots: Vec<(String, Instant)> = (0..6).map(|_| pacer.reserve(1)).collect();
        let a: Vec<_> = slots
            .iter()
            .filter(|(s, _)| s == "A")
            .map(|(_, t)| *t)
            .collect();
        let b: Vec<_> = slots.iter().filter(|(s, _)| s == "B").collect();
        assert_eq!((a.len(), b.len()), (3, 3), "alternates senders");
        assert!(a[1].duration_since(a[0]) >= Duration::from_millis(99));
        assert!(a[2].duration_since(a[1]) >= Duration::from_millis(99));
    }

    #[test]
    fn a_long_sms_takes_one_slot_per_segment() {
        let pacer = Pacer::new(vec!["A".into()], 10.0);
        let (_, first) = pacer.reserve(3);
        let (_, second) = pacer.reserve(1);
        assert!(second.duration_since(first) >= Duration::from_millis(299));
    }

    #[test]
    fn no_limit_means_no_wait() {
        let pacer = Pacer::new(vec!["A".into()], 0.0);
        let start = Instant::now();
        for _ in 0..1000 {
            let (_, slot) = pacer.reserve(3);
            assert!(slot <= Instant::now() && slot >= start);
        }
    }
}
