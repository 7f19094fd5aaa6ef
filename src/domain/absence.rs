//! Absences: the legal reasons (L131-8), the states an absence moves through, and which moves are allowed.

/// What the roll call recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Present,
    Absent,
    Late,
}

impl Mark {
    pub fn code(self) -> &'static str {
        match self {
            Mark::Present => "present",
            Mark::Absent => "absent",
            Mark::Late => "late",
        }
    }

    pub fn parse(code: &str) -> Option<Mark> {
        [Mark::Present, Mark::Absent, Mark::Late]
            .into_iter()
            .find(|m| m.code() == code)
    }
}

/// The half-day an absence belongs to: R131-7 counts unjustified half-days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HalfDay {
    Morning,
    Afternoon,
}

impl HalfDay {
    pub fn code(self) -> &'static str {
        match self {
            HalfDay::Morning => "am",
            HalfDay::Afternoon => "pm",
        }
    }

    pub fn parse(code: &str) -> Option<HalfDay> {
        [HalfDay::Morning, HalfDay::Afternoon]
            .into_iter()
            .find(|h| h.code() == code)
    }
}

/// The reasons of article L131-8 of the Code de l'éducation, digits 1 to 5 on every channel,
/// and "other" (web, with a comment) for what the school will judge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    ChildIllness,
    FamilyIllness,
    FamilyEvent,
    TravelDifficulty,
    FollowingGuardians,
    Other,
}

impl Reason {
    pub const ALL: [Reason; 6] = [
        Reason::ChildIllness,
        Reason::FamilyIllness,
        Reason::FamilyEvent,
        Reason::TravelDifficulty,
        Reason::FollowingGuardians,
        Reason::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Reason::ChildIllness => "child_illness",
            Reason::FamilyIllness => "family_illness",
            Reason::FamilyEvent => "family_event",
            Reason::TravelDifficulty => "travel",
            Reason::FollowingGuardians => "following_guardians",
            Reason::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The digit a parent texts or presses for this reason; "other" has none.
    pub fn digit(self) -> Option<char> {
        match self {
            Reason::ChildIllness => Some('1'),
            Reason::FamilyIllness => Some('2'),
            Reason::FamilyEvent => Some('3'),
            Reason::TravelDifficulty => Some('4'),
            Reason::FollowingGuardians => Some('5'),
            Reason::Other => None,
        }
    }

    pub fn from_digit(digit: char) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.digit() == Some(digit))
    }
}

/// Where an absence stands. Every move is stored with its time, channel and actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Recorded, waiting out the hold window (the pupil may still turn up).
    Held,
    /// Corrected to present before anyone was told.
    Cancelled,
    Signalled,
    Acknowledged,
    ReasonGiven,
    Validated,
    Refused,
}

impl State {
    pub const ALL: [State; 7] = [
        State::Held,
        State::Cancelled,
        State::Signalled,
        State::Acknowledged,
        State::ReasonGiven,
        State::Validated,
        State::Refused,
    ];

    pub fn code(self) -> &'static str {
        match self {
            State::Held => "held",
            State::Cancelled => "cancelled",
            State::Signalled => "signalled",
            State::Acknowledged => "acknowledged",
            State::ReasonGiven => "reason_given",
            State::Validated => "validated",
            State::Refused => "refused",
        }
    }

    pub fn parse(code: &str) -> Option<State> {
        State::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether vie scolaire has settled it: the family can no longer change the reason.
    pub fn is_settled(self) -> bool {
        matches!(self, State::Validated | State::Cancelled)
    }
}

/// A requested move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Correct,
    Signal,
    Acknowledge,
    GiveReason,
    Validate,
    Refuse,
}

/// The state after `action` from `from`, or `None` when the move is not allowed.
pub fn next(from: State, action: Move) -> Option<State> {
    use State::*;
    match (from, action) {
        (Held, Move::Correct) => Some(Cancelled),
        (Held, Move::Signal) => Some(Signalled),
        (Signalled, Move::Acknowledge) => Some(Acknowledged),
        // A reason may come before the notice (a parent who called) and may replace a
        // refused one; the first reason given counts, and once validated it stays.
        (Held | Signalled | Acknowledged | Refused, Move::GiveReason) => Some(ReasonGiven),
        (ReasonGiven, Move::Validate) => Some(Validated),
        (ReasonGiven, Move::Refuse) => Some(Refused),
        _ => None,
    }
}

/// A short reference an SMS can carry instead of a name: letters without look-alikes.
pub fn reference(seed: u64) -> String {
    const ALPHABET: &[u8] = b"ACDEFHJKMNPRTVWXY";
    let mut n = seed;
    (0..4)
        .map(|_| {
            let c = ALPHABET[(n % ALPHABET.len() as u64) as usize] as char;
            n /= ALPHABET.len() as u64;
            c
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legal_loop_moves_forward_only() {
        assert_eq!(next(State::Held, Move::Correct), Some(State::Cancelled));
        assert_eq!(next(State::Held, Move::Signal), Some(State::Signalled));
        assert_eq!(
            next(State::Signalled, Move::GiveReason),
            Some(State::ReasonGiven)
        );
        assert_eq!(
            next(State::ReasonGiven, Move::Validate),
            Some(State::Validated)
        );
        assert_eq!(
            next(State::Refused, Move::GiveReason),
            Some(State::ReasonGiven)
        );
        assert_eq!(
            next(State::Validated, Move::GiveReason),
            None,
            "a validated reason stays"
        );
        assert_eq!(
            next(State::ReasonGiven, Move::GiveReason),
            None,
            "the first reason counts"
        );
        assert_eq!(
            next(State::Signalled, Move::Correct),
            None,
            "too late to cancel once told"
        );
        assert_eq!(next(State::Cancelled, Move::Signal), None);
        assert_eq!(
            next(State::Signalled, Move::Validate),
            None,
            "nothing to validate yet"
        );
    }

    #[test]
    fn digits_are_the_five_legal_reasons() {
        for digit in ['1', '2', '3', '4', '5'] {
            assert_eq!(
                Reason::from_digit(digit).and_then(Reason::digit),
                Some(digit)
            );
        }
        assert_eq!(Reason::from_digit('0'), None);
        assert_eq!(Reason::from_digit('6'), None);
        assert_eq!(Reason::Other.digit(), None);
        for reason in Reason::ALL {
            assert_eq!(Reason::parse(reason.code()), Some(reason));
        }
    }

    #[test]
    fn references_are_short_and_vary() {
        let refs: std::collections::HashSet<_> = (0..1000).map(reference).collect();
        assert_eq!(refs.len(), 1000);
        assert!(
            refs.iter()
                .all(|r| r.len() == 4 && r.chars().all(|c| c.is_ascii_uppercase()))
        );
    }
}
