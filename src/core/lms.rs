//! Learning platforms (SCORM 1.2 and 2004, `docs/LMS.md`): what the app keeps in the platform's
//! `cmi.suspend_data`, what it records there once the results are shown, and which copy an assessment resumes
//! from. The platform's API is called by `static/lms.js`; this module decides what the calls carry.
//!
//! `suspend_data` is `<code> <place>` or `<code> <place> <plan>`: the continue code's layout (`core::share`,
//! with the completion minute, 0 while unfinished), the screen, and the learning plan as in the saved format,
//! which is left out when it would not fit.

use super::bank::Bank;
use super::json::{self, Value};
use super::learning::LearningPlan;
use super::record::{learning_from, learning_value, ReadProblem, ResultRecord};
use super::saved;
use super::scoring::{format_level, score_areas};
use super::session::Notice;
use super::share;
use super::wizard::{Assessment, Screen};

/// SCORM 1.2 allows 4,096 characters of `suspend_data` (2004 allows 64,000); some platforms count bytes, so
/// the limit is kept in bytes of UTF-8.
pub const SUSPEND_LIMIT: usize = 4096;

fn place(screen: &Screen) -> String {
    match screen {
        Screen::Welcome => "welcome".into(),
        Screen::About => "about".into(),
        Screen::LayerIntro(id) => format!("layer:{id}"),
        Screen::Statement(id) => format!("statement:{id}"),
        Screen::Overview(from) => format!("overview/{}", place(from)),
        Screen::Results => "results".into(),
    }
}

fn screen_at(place: &str, nested: bool) -> Option<Screen> {
    if let Some(from) = place.strip_prefix("overview/").filter(|_| !nested) {
        return Some(Screen::Overview(Box::new(screen_at(from, true)?)));
    }
    Some(match place.split_once(':') {
        None if place == "welcome" => Screen::Welcome,
        None if place == "about" => Screen::About,
        None if place == "results" => Screen::Results,
        Some(("layer", id)) => Screen::LayerIntro(id.into()),
        Some(("statement", id)) => Screen::Statement(id.into()),
        _ => return None,
    })
}

/// What the platform keeps of an assessment: empty before "About you" is answered (there is nothing to
/// resume), and never longer than [`SUSPEND_LIMIT`] bytes.
pub fn suspend_data(bank: &Bank, a: &Assessment) -> String {
    let Some(profile) = &a.profile else { return String::new() };
    let record = ResultRecord {
        bank_version: bank.version.clone(),
        completed_ms: a.completed_ms.unwrap_or(0),
        profile: profile.clone(),
        answers: a.answers.clone(),
        learning: LearningPlan::new(),
    };
    let kept = format!("{} {}", share::encode(bank, &record), place(&a.screen));
    if a.learning.is_empty() {
        return kept;
    }
    let with_plan = format!("{kept} {}", learning_value(&a.learning).write());
    if with_plan.len() <= SUSPEND_LIMIT {
        with_plan
    } else {
        kept
    }
}

/// The assessment a platform's `suspend_data` holds; a place that no longer exists becomes the resume point.
/// `now_ms` is the reader's clock.
pub fn resume(bank: &Bank, data: &str, now_ms: u64) -> Result<Assessment, ReadProblem> {
    let mut parts = data.trim().splitn(3, ' ');
    let record = share::decode_either(bank, parts.next().unwrap_or_default(), now_ms)?;
    let screen = parts.next().and_then(|p| screen_at(p, false));
    // The plan is a courtesy: one that does not read costs nothing else.
    let learning = parts
        .next()
        .and_then(|plan| json::parse(plan).ok())
        .and_then(|plan: Value| learning_from(bank, &plan).ok())
        .map(|(plan, _)| plan)
        .unwrap_or_default();
    let mut a = Assessment {
        profile: Some(record.profile),
        answers: record.answers,
        screen: Screen::Welcome,
        learning,
        completed_ms: (record.completed_ms > 0).then_some(record.completed_ms),
    };
    a.screen = match screen {
        Some(screen) => screen,
        None => a.resume_screen(bank),
    };
    Ok(a.settle(bank))
}

/// What the platform is told of a saved assessment (`static/lms.js` reads it): the first line is its
/// `suspend_data`; a completed assessment adds `completed` and one line per assessed area, `<area id>
/// <level>`, the level as the results table shows it (one decimal, on the 1 to 5 scale). An area with no
/// level (every statement not applicable) has no line.
pub fn report(bank: &Bank, saved_text: &str) -> String {
    let Ok(loaded) = saved::decode(bank, saved_text) else { return String::new() };
    let a = loaded.assessment;
    let mut out = suspend_data(bank, &a);
    if let (Some(_), Some(profile)) = (a.completed_ms, &a.profile) {
        out.push_str("\ncompleted");
        for area in score_areas(bank, profile, &a.answers) {
            if let Some(score) = area.score {
                out.push_str(&format!("\n{} {}", bank.area(area.at).id, format_level(score)));
            }
        }
    }
    out
}

/// The saved assessment to start from instead of this browser's (`stored`), given what the platform kept
/// (`data`, its `suspend_data`); `None` to start as usual. The platform's copy is the record of this person
/// in this activity, so it wins, unless the browser's copy carries it further: the same profile and every
/// one of the platform's answers, as when the platform stopped recording while the person went on. A
/// platform copy that cannot be read leaves the start as usual. `now_ms` is the reader's clock.
pub fn start_from(bank: &Bank, data: &str, stored: Option<&str>, now_ms: u64) -> Option<String> {
    let theirs = resume(bank, data, now_ms).ok()?;
    let ours = stored.and_then(|s| saved::decode(bank, s).ok()).map(|l| l.assessment);
    let carries_further = ours.is_some_and(|ours| {
        ours.profile == theirs.profile
            && theirs.answers.iter().all(|(id, answer)| ours.answers.get(id) == Some(answer))
            && (theirs.completed_ms.is_none() || ours.completed_ms.is_some())
    });
    (!carries_further).then(|| saved::encode(bank, &theirs))
}

/// The notices once the platform has answered a save (`static/lms.js` reports `saved`, `not-saved` or
/// `not-recorded`): what it failed to do is told, and stays told until it records again.
pub fn after_platform(notices: &[Notice], status: &str) -> Vec<Notice> {
    let mut next: Vec<Notice> = notices
        .iter()
        .filter(|n| !matches!(n, Notice::PlatformNotSaving | Notice::PlatformNotRecorded))
        .cloned()
        .collect();
    match status {
        "not-saved" => next.push(Notice::PlatformNotSaving),
        "not-recorded" => next.push(Notice::PlatformNotRecorded),
        _ => {}
    }
    next
}
