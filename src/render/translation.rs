//! Whether an exhibit can be read in English, which the memos and the
//! evidence requests both judge.

use crate::model::Evidence;
use serde::Serialize;

/// Whether an item can be read in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationStatus {
    /// Written in English.
    English,
    /// Not in English, with a certified translation.
    Certified,
    /// Not in English; the translation is not certified.
    Uncertified,
    /// Not in English, and no translation.
    Missing,
}

impl TranslationStatus {
    pub fn of(e: &Evidence) -> TranslationStatus {
        if e.is_english() {
            return TranslationStatus::English;
        }
        match &e.translation {
            Some(t) if t.certified => TranslationStatus::Certified,
            Some(_) => TranslationStatus::Uncertified,
            None => TranslationStatus::Missing,
        }
    }

    pub fn is_problem(self) -> bool {
        matches!(self, TranslationStatus::Uncertified | TranslationStatus::Missing)
    }
}
