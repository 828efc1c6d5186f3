//! A person's answers, keyed by statement id so they survive edits to the wording and order of the bank.

use super::bank::Bank;
use super::map::Map;
use super::plan::Plan;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// A level of the scale, 1 to 5.
    Level(u8),
    NotApplicable,
    /// The person has not had the occasion (the statement depends on an event they have not met): not a
    /// level, and left out of the score like "not applicable".
    NoOccasion,
}

pub type Answers = Map<Answer>;

/// How many of the plan's statements have an answer ("not applicable" counts), and how many there are.
pub fn answered_in(bank: &Bank, plan: &Plan, answers: &Answers) -> (usize, usize) {
    plan.statements(bank).fold((0, 0), |(answered, total), at| {
        let has = answers.contains_key(&bank.statement(at).id);
        (answered + usize::from(has), total + 1)
    })
}

/// How many of the plan's statements were given `answer` (such as "I have not had the occasion").
pub fn count_in(bank: &Bank, plan: &Plan, answers: &Answers, answer: Answer) -> usize {
    plan.statements(bank).filter(|&at| answers.get(&bank.statement(at).id) == Some(&answer)).count()
}
