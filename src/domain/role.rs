//! Staff roles and what each may do.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Head,
    VieScolaire,
    Teacher,
    Mediator,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Head, Role::VieScolaire, Role::Teacher, Role::Mediator];

    pub fn code(self) -> &'static str {
        match self {
            Role::Head => "head",
            Role::VieScolaire => "vie_scolaire",
            Role::Teacher => "teacher",
            Role::Mediator => "mediator",
        }
    }

    pub fn parse(input: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == input)
    }

    /// Whether the role may read the guardians' contact details of a class.
    /// Mediators reach families through mandates, never through class lists.
    pub fn reads_class_contacts(self) -> bool {
        matches!(self, Role::Head | Role::VieScolaire | Role::Teacher)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_mediators_do_not_read_class_lists() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.code()), Some(role));
        }
        assert_eq!(Role::parse("admin"), None);
        assert!(!Role::Mediator.reads_class_contacts());
        assert!(Role::VieScolaire.reads_class_contacts());
    }
}
