//! Plain data types that several layers name: a conversation turn's speaker role.
//!
//! Exists at the bottom of the module graph so that `config` (`--speakers`,
//! `--speaker-map`) and `ingest` (reading turns) share the type without depending on
//! each other.

/// A normalised speaker role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Customer,
    Agent,
    Bot,
    System,
    Unknown,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Customer => "customer",
            Role::Agent => "agent",
            Role::Bot => "bot",
            Role::System => "system",
            Role::Unknown => "unknown",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "customer" => Role::Customer,
            "agent" => Role::Agent,
            "bot" => Role::Bot,
            "system" => Role::System,
            "unknown" => Role::Unknown,
            _ => return None,
        })
    }
}
