//! Messages built from core values that several components show.

use crate::core::bank::Bank;
use crate::core::record::{part_of, Part, ReadProblem};
use crate::core::text::{Catalog, Ui};

fn part_text(part: Part) -> Ui {
    match part {
        Part::Version => Ui::ReadFieldVersion,
        Part::BankVersion => Ui::ReadFieldBankVersion,
        Part::Date => Ui::ReadFieldDate,
        Part::Profile => Ui::ReadFieldProfile,
        Part::Profession => Ui::ReadFieldProfession,
        Part::Answers => Ui::ReadFieldAnswers,
        Part::Answer => Ui::ReadFieldAnswer,
        Part::Scores => Ui::ReadFieldScores,
        Part::Plan => Ui::ReadFieldPlan,
        Part::Other => Ui::ReadFieldOther,
    }
}

/// Why a file or link cannot be used, in the person's language.
pub fn read_problem(text: &Catalog, bank: &Bank, problem: &ReadProblem) -> String {
    let part = |field: &str| text.ui(part_text(part_of(bank, field)));
    match problem {
        ReadProblem::TooLarge => text.ui(Ui::ReadTooLarge).into(),
        ReadProblem::LinkTooLong => text.ui(Ui::ReadLinkTooLong).into(),
        ReadProblem::Missing(field) => text.ui_with(Ui::ReadMissing, &[("field", part(field))]),
        ReadProblem::Repeated(field) => text.ui_with(Ui::ReadRepeated, &[("field", part(field))]),
        ReadProblem::NotText => text.ui(Ui::ReadNotText).into(),
        ReadProblem::NotJson => text.ui(Ui::ReadNotJson).into(),
        ReadProblem::NotAResult => text.ui(Ui::ReadNotAResult).into(),
        ReadProblem::FutureVersion(_) => text.ui(Ui::ReadFuture).into(),
        ReadProblem::Malformed(field) => text.ui_with(Ui::ReadMalformed, &[("field", part(field))]),
        ReadProblem::Invalid(field) => text.ui_with(Ui::ReadInvalid, &[("field", part(field))]),
        ReadProblem::Tampered => text.ui(Ui::ReadTampered).into(),
        ReadProblem::Checksum => text.ui(Ui::ReadChecksum).into(),
        ReadProblem::Truncated => text.ui(Ui::ReadTruncated).into(),
        ReadProblem::OtherBank(version) => {
            text.ui_with(Ui::ReadOtherBank, &[("version", &["\u{2068}", version, "\u{2069}"].concat())])
        }
    }
}
