//! Languages vocmine knows, and the scripts they are written in.
//!
//! Exists so that every module names languages the same way (`ar`, `fa`, `fr`, `en`,
//! `other`) and so that per-language tables (stemmers, cue lists, stop words) can be
//! plain arrays indexed by [`Lang::index`]. It knows nothing about text processing.

use std::fmt;

/// A language vocmine analyses, or `Other` for anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Ar,
    Fa,
    Fr,
    En,
    Other,
}

impl Lang {
    /// The four analysed languages, in table order.
    pub const ANALYSED: [Lang; 4] = [Lang::Ar, Lang::Fa, Lang::Fr, Lang::En];

    /// ISO 639-1 code (`other` for [`Lang::Other`]).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Other => "other",
        }
    }

    /// Parses `ar`, `fa`, `fr`, `en` (case-insensitive; also `ara`, `per`/`fas`,
    /// `fra`/`fre`, `eng` and full English names). Unknown codes give `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let s = s.split(['-', '_']).next().unwrap_or("");
        Some(match s {
            "ar" | "ara" | "arabic" => Lang::Ar,
            "fa" | "fas" | "per" | "persian" | "farsi" => Lang::Fa,
            "fr" | "fra" | "fre" | "french" => Lang::Fr,
            "en" | "eng" | "english" => Lang::En,
            "other" | "und" => Lang::Other,
            _ => return None,
        })
    }

    /// Index into per-language tables (`Other` has none).
    pub fn index(self) -> Option<usize> {
        match self {
            Lang::Ar => Some(0),
            Lang::Fa => Some(1),
            Lang::Fr => Some(2),
            Lang::En => Some(3),
            Lang::Other => None,
        }
    }

    /// Written in the Arabic script.
    pub fn is_arabic_script(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_names() {
        assert_eq!(Lang::parse("AR"), Some(Lang::Ar));
        assert_eq!(Lang::parse("fa-IR"), Some(Lang::Fa));
        assert_eq!(Lang::parse("French"), Some(Lang::Fr));
        assert_eq!(Lang::parse("en_US"), Some(Lang::En));
        assert_eq!(Lang::parse("de"), None);
        for l in Lang::ANALYSED {
            assert_eq!(Lang::parse(l.code()), Some(l));
        }
    }
}
