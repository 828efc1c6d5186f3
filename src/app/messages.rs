//! Messages built from core values that several components show.

use crate::core::record::ReadProblem;
use crate::core::text::{Catalog, Ui};

/// Why a file or link cannot be used, in the person's language.
pub fn read_problem(text: &Catalog, problem: &ReadProblem) -> String {
    match problem {
        ReadProblem::TooLarge => text.ui(Ui::ReadTooLarge).into(),
        ReadProblem::NotText => text.ui(Ui::ReadNotText).into(),
        ReadProblem::NotJson => text.ui(Ui::ReadNotJson).into(),
        ReadProblem::NotAResult => text.ui(Ui::ReadNotAResult).into(),
        ReadProblem::FutureVersion(_) => text.ui(Ui::ReadFuture).into(),
        ReadProblem::Malformed(_) => text.ui(Ui::ReadMalformed).into(),
        // The field is a JSON path, the same in every language: isolated so it reads left to right.
        ReadProblem::Invalid(field) => {
            text.ui_with(Ui::ReadInvalid, &[("field", &["\u{2068}", field, "\u{2069}"].concat())])
        }
        ReadProblem::Tampered => text.ui(Ui::ReadTampered).into(),
        ReadProblem::Checksum => text.ui(Ui::ReadChecksum).into(),
        ReadProblem::Truncated => text.ui(Ui::ReadTruncated).into(),
        ReadProblem::OtherBank(version) => {
            text.ui_with(Ui::ReadOtherBank, &[("version", &["\u{2068}", version, "\u{2069}"].concat())])
        }
    }
}
