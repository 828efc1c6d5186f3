//! The walk through the assessment as a pure state machine: screens, actions and the reducer.
//! Screens name layers and statements by id, so a saved place survives edits to the bank.

use super::answers::{answered_in, Answer, Answers};
use super::bank::{Bank, StatementRef};
use super::learning::{apply, LearningPlan, PlanChange};
use super::plan::{Plan, Profile};
use super::record::ResultRecord;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    About,
    LayerIntro(String),
    Statement(String),
    /// The overview of all layers, remembering the screen it was opened from.
    Overview(Box<Screen>),
    Results,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub profile: Option<Profile>,
    pub answers: Answers,
    pub screen: Screen,
    pub learning: LearningPlan,
    /// When this assessment first reached its results: its identity in the history. `None` until then.
    pub completed_ms: Option<u64>,
}

impl Default for Assessment {
    fn default() -> Self {
        Assessment {
            profile: None,
            answers: Answers::new(),
            screen: Screen::Welcome,
            learning: LearningPlan::new(),
            completed_ms: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// From the welcome screen to "About you".
    Start,
    /// From the welcome screen to the first unanswered statement.
    Resume,
    /// "About you" submitted: keep the profile and go to the first layer.
    SetProfile(Profile),
    Answer {
        statement: String,
        answer: Answer,
    },
    Next,
    Back,
    OpenOverview,
    CloseOverview,
    OpenLayer(String),
    EditProfile,
    ShowResults,
    /// Confirmed "Start over": forget everything.
    StartOver,
    /// The results were shown for the first time, at this moment (ms since the epoch).
    Completed(u64),
    /// A change to the learning plan.
    Plan(PlanChange),
    /// Replace this assessment by a result read from a file, and show its results.
    Restore(Box<ResultRecord>),
    /// After "Delete everything": a new, empty assessment on the welcome screen.
    Reset,
    /// An unfinished assessment brought from a continue link: its profile and answers replace this
    /// assessment's where they differ, the others are kept, and the walk goes on at its place.
    Continue(Box<Assessment>),
    /// Another tab saved `theirs` over `base`, the copy this tab last read or wrote: bring its changes in.
    Merge {
        base: Box<Assessment>,
        theirs: Box<Assessment>,
    },
}

/// The screens after "About you", in order, for this person.
pub fn sequence(bank: &Bank, plan: &Plan) -> Vec<Screen> {
    let mut screens = Vec::new();
    for pl in &plan.layers {
        screens.push(Screen::LayerIntro(bank.layers[pl.layer].id.clone()));
        for &area in &pl.areas {
            for st in &bank.layers[pl.layer].areas[area].statements {
                screens.push(Screen::Statement(st.id.clone()));
            }
        }
    }
    screens.push(Screen::Results);
    screens
}

impl Assessment {
    pub fn plan(&self, bank: &Bank) -> Option<Plan> {
        self.profile.as_ref().map(|p| Plan::new(bank, p))
    }

    /// Whether there is anything worth resuming.
    pub fn has_progress(&self) -> bool {
        self.profile.is_some() || !self.answers.is_empty()
    }

    /// Where "Resume" leads: the first unanswered statement, or the results when all are answered.
    pub fn resume_screen(&self, bank: &Bank) -> Screen {
        let Some(plan) = self.plan(bank) else { return Screen::About };
        let first_unanswered =
            plan.statements(bank).map(|at| &bank.statement(at).id).find(|id| !self.answers.contains_key(id));
        first_unanswered.map(|id| Screen::Statement(id.clone())).unwrap_or(Screen::Results)
    }

    /// Makes a screen valid for the current bank and profile: a saved place whose layer or statement no
    /// longer exists, or no longer applies, becomes the resume point.
    pub fn settle(mut self, bank: &Bank) -> Assessment {
        let plan = self.plan(bank);
        let valid = |screen: &Screen| match (screen, &plan) {
            (Screen::Welcome | Screen::About, _) => true,
            (_, None) => false,
            (Screen::LayerIntro(id), Some(plan)) => bank.layer_index(id).is_some_and(|l| plan.contains_layer(l)),
            (Screen::Statement(id), Some(plan)) => {
                bank.find_statement(id).is_some_and(|at| plan.contains_statement(at))
            }
            (Screen::Results, Some(_)) => true,
            (Screen::Overview(_), Some(_)) => true,
        };
        if let Screen::Overview(from) = &self.screen {
            if !valid(from) {
                self.screen = Screen::Overview(Box::new(self.resume_screen(bank)));
            }
        } else if !valid(&self.screen) {
            self.screen = self.resume_screen(bank);
        }
        self
    }

    pub fn reduce(mut self, bank: &Bank, action: Action) -> Assessment {
        match action {
            Action::Start => self.screen = Screen::About,
            Action::Resume => self.screen = self.resume_screen(bank),
            Action::SetProfile(profile) => {
                self.profile = Some(profile);
                if let Some(plan) = self.plan(bank) {
                    self.screen = sequence(bank, &plan).swap_remove(0);
                }
            }
            Action::Answer { statement, answer } => {
                let valid = match answer {
                    Answer::Level(level) => (1..=5).contains(&level),
                    Answer::NotApplicable | Answer::NoOccasion => true,
                };
                if valid && bank.find_statement(&statement).is_some() {
                    self.answers.insert(statement, answer);
                }
            }
            Action::Next => self.step(bank, 1),
            Action::Back => self.step(bank, -1),
            Action::OpenOverview => {
                if self.profile.is_some() && !matches!(self.screen, Screen::Overview(_)) {
                    let from = std::mem::replace(&mut self.screen, Screen::Welcome);
                    self.screen = Screen::Overview(Box::new(from));
                }
            }
            Action::CloseOverview => {
                if let Screen::Overview(from) = &mut self.screen {
                    self.screen = std::mem::replace(from.as_mut(), Screen::Welcome);
                }
            }
            Action::OpenLayer(id) => {
                if let (Some(plan), Some(layer)) = (self.plan(bank), bank.layer_index(&id)) {
                    if plan.contains_layer(layer) {
                        self.screen = Screen::LayerIntro(id);
                    }
                }
            }
            Action::EditProfile => self.screen = Screen::About,
            Action::ShowResults => {
                if self.profile.is_some() {
                    self.screen = Screen::Results;
                }
            }
            Action::StartOver => {
                self = Assessment { screen: Screen::About, ..Assessment::default() };
            }
            Action::Completed(ms) => {
                if self.screen == Screen::Results && self.completed_ms.is_none() {
                    // Whole seconds, as files write it: the time is the attempt's identity in the history.
                    self.completed_ms = Some(ms - ms % 1000);
                }
            }
            Action::Plan(change) => apply(&mut self.learning, change),
            Action::Reset => self = Assessment::default(),
            Action::Merge { base, theirs } => self = super::sync::merge(bank, &base, &self, &theirs),
            Action::Continue(linked) => self = super::sync::merge(bank, &Assessment::default(), &linked, &self),
            Action::Restore(record) => {
                let record = *record;
                self = Assessment {
                    profile: Some(record.profile),
                    answers: record.answers,
                    screen: Screen::Results,
                    learning: record.learning,
                    completed_ms: Some(record.completed_ms),
                };
            }
        }
        self
    }

    fn step(&mut self, bank: &Bank, delta: isize) {
        let Some(plan) = self.plan(bank) else {
            if delta < 0 && self.screen == Screen::About {
                self.screen = Screen::Welcome;
            }
            return;
        };
        let screens = sequence(bank, &plan);
        let next = match &self.screen {
            Screen::Welcome => return,
            Screen::Overview(_) => return,
            Screen::About if delta < 0 => Some(Screen::Welcome),
            Screen::About => screens.first().cloned(),
            current => {
                let at = screens.iter().position(|s| s == current);
                match at.map(|i| i as isize + delta) {
                    Some(-1) => Some(Screen::About),
                    Some(i) => usize::try_from(i).ok().and_then(|i| screens.get(i)).cloned(),
                    None => None,
                }
            }
        };
        if let Some(screen) = next {
            self.screen = screen;
        }
    }
}

/// Where the person is, for the progress display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// Bank index of the current layer.
    pub layer: usize,
    /// 1-based position of the layer among this person's layers.
    pub layer_position: usize,
    pub layer_count: usize,
    /// The current statement, with its 1-based position in its area and among the area's of its layer.
    pub statement: Option<StatementRef>,
    pub area_position: usize,
    pub area_count: usize,
    pub statement_position: usize,
    pub statement_count: usize,
    pub answered: usize,
    pub total: usize,
}

pub fn progress(bank: &Bank, assessment: &Assessment) -> Option<Progress> {
    let plan = assessment.plan(bank)?;
    let (answered, total) = answered_in(bank, &plan, &assessment.answers);
    let (layer, statement) = match &assessment.screen {
        Screen::LayerIntro(id) => (bank.layer_index(id)?, None),
        Screen::Statement(id) => {
            let at = bank.find_statement(id)?;
            (at.layer, Some(at))
        }
        _ => return None,
    };
    let layer_position = plan.layers.iter().position(|pl| pl.layer == layer)?;
    let planned = &plan.layers[layer_position];
    let (area_position, statement_position, statement_count) = match statement {
        Some(at) => (
            planned.areas.iter().position(|&a| a == at.area)? + 1,
            at.statement + 1,
            bank.area(at.area_ref()).statements.len(),
        ),
        None => (0, 0, 0),
    };
    Some(Progress {
        layer,
        layer_position: layer_position + 1,
        layer_count: plan.layers.len(),
        statement,
        area_position,
        area_count: planned.areas.len(),
        statement_position,
        statement_count,
        answered,
        total,
    })
}
