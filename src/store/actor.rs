//! Who changed something (staff, a guardian, Carnet itself) and through which channel.

/// Who made a move, and through which channel.
#[derive(Debug, Clone, Copy)]
pub struct Actor {
    pub channel: &'static str,
    pub staff_id: Option<i64>,
    pub guardian_id: Option<i64>,
}

impl Actor {
    pub fn staff(staff_id: i64) -> Self {
        Self::staff_via("staff", staff_id)
    }

    pub fn system() -> Self {
        Self {
            channel: "system",
            staff_id: None,
            guardian_id: None,
        }
    }

    /// A member of staff entering what came another way: `paper`, `mediator`, or `staff`
    /// for a call or a visit to the school.
    pub fn staff_via(channel: &'static str, staff_id: i64) -> Self {
        Self {
            channel,
            staff_id: Some(staff_id),
            guardian_id: None,
        }
    }

    pub fn guardian(channel: &'static str, guardian_id: Option<i64>) -> Self {
        Self {
            channel,
            staff_id: None,
            guardian_id,
        }
    }
}
