//! A workshop's intake and group picture (`core::workshop`, `core::group`) on hand-made groups over the test
//! bank. Every expected median and quartile is worked out by hand below (type 7: h = (n - 1) p, then
//! x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]) over the sorted values).

use crate::support::{area, bank, profile, COMPLETED_MS};
use skills_radar::core::answers::{Answer, Answers};
use skills_radar::core::bank::Bank;
use skills_radar::core::group::{self, compare, group, quantile, summary, Shown};
use skills_radar::core::learning::LearningPlan;
use skills_radar::core::record::{self, ReadProblem, ResultRecord};
use skills_radar::core::share;
use skills_radar::core::workshop::{
    self as ws, clean_name, min_group, result_codes_in, Item, NameProblem, Refusal, Section, Source, Trainer,
    TrainerAction, Workshop,
};

const NOW: u64 = COMPLETED_MS + 86_400_000;

/// A participant: `answers` as (statement, level 1-5, 6 for not applicable, 7 for no occasion).
fn person(n: u64, profession: Option<&str>, leads: bool, answers: &[(&str, u8)]) -> ResultRecord {
    let answers: Answers = answers
        .iter()
        .map(|&(id, v)| {
            let a = match v {
                6 => Answer::NotApplicable,
                7 => Answer::NoOccasion,
                l => Answer::Level(l),
            };
            (id.to_string(), a)
        })
        .collect();
    ResultRecord {
        bank_version: "test-1".into(),
        completed_ms: COMPLETED_MS + n * 60_000,
        profile: profile(profession, leads, false),
        answers,
        learning: LearningPlan::new(),
    }
}

/// Three `core.a` answers all at `level`, and `core.b` at `b` on its first statement.
fn flat(n: u64, level: u8, b: u8) -> ResultRecord {
    person(n, None, false, &[("core.a.1", level), ("core.a.2", level), ("core.a.3", level), ("core.b.1", b)])
}

fn link(bank: &Bank, r: &ResultRecord) -> String {
    format!("https://example.org/radar/#result={}", share::encode(bank, r))
}

fn spread(g: &group::Group, id: &str, b: &Bank) -> Option<(f64, f64, f64)> {
    g.area(area(b, id)).and_then(|a| a.spread).map(|s| (s.q1, s.median, s.q3))
}

#[test]
fn quartiles_of_an_odd_and_an_even_group_interpolate_as_spreadsheets_do() {
    // 1 2 3 4 5: h = 1, 2, 3 for p = .25, .5, .75.
    let odd = [1.0, 2.0, 3.0, 4.0, 5.0];
    assert_eq!(quantile(&odd, 0.25), Some(2.0));
    assert_eq!(quantile(&odd, 0.5), Some(3.0));
    assert_eq!(quantile(&odd, 0.75), Some(4.0));
    // 1 2 4 5: h = 0.75 -> 1 + 0.75 = 1.75; h = 1.5 -> 2 + 0.5 * 2 = 3; h = 2.25 -> 4 + 0.25 = 4.25.
    let even = [1.0, 2.0, 4.0, 5.0];
    assert_eq!(quantile(&even, 0.25), Some(1.75));
    assert_eq!(quantile(&even, 0.5), Some(3.0));
    assert_eq!(quantile(&even, 0.75), Some(4.25));
    assert_eq!(quantile(&[2.5], 0.75), Some(2.5));
    assert_eq!(quantile(&[], 0.5), None);
}

#[test]
fn the_group_takes_each_persons_area_score_unsorted_as_it_comes() {
    let b = bank();
    // core.a scores 5, 1, 4, 2, 3 (given out of order): sorted 1..5, so q1 2, median 3, q3 4.
    let records: Vec<_> = [5, 1, 4, 2, 3].iter().enumerate().map(|(i, &l)| flat(i as u64, l, 3)).collect();
    let g = group(&b, &records, 5);
    assert!(g.visible());
    assert_eq!(spread(&g, "core.a", &b), Some((2.0, 3.0, 4.0)));
    let a = g.area(area(&b, "core.a")).unwrap();
    assert_eq!((a.asked, a.answered), (5, 5));
    assert_eq!(a.levels, [1, 1, 1, 1, 1]);
    // Everyone answered core.b at 3: the middle half does not spread.
    assert_eq!(spread(&g, "core.b", &b), Some((3.0, 3.0, 3.0)));
}

#[test]
fn an_even_group_with_ties() {
    let b = bank();
    // core.a scores 3, 3, 3, 5, 2, 3 -> sorted 2 3 3 3 3 5 (n = 6): q1 h = 1.25 -> 3; median h = 2.5 -> 3;
    // q3 h = 3.75 -> 3 + 0.75 * 0 = 3.
    let records: Vec<_> = [3, 3, 3, 5, 2, 3].iter().enumerate().map(|(i, &l)| flat(i as u64, l, 1)).collect();
    let g = group(&b, &records, 5);
    assert_eq!(spread(&g, "core.a", &b), Some((3.0, 3.0, 3.0)));
    assert_eq!(g.area(area(&b, "core.a")).unwrap().levels, [0, 1, 4, 0, 1]);
}

#[test]
fn area_scores_are_means_and_count_at_their_nearest_level_halves_up() {
    let b = bank();
    // core.a: (2 + 3) / 2 = 2.5 with a not applicable -> level 3; (2 + 2 + 3) / 3 = 2.33 -> level 2;
    // (1 + 2) / 2 = 1.5 -> level 2; (4 + 5 + 5) / 3 = 4.67 -> level 5; no occasion to all -> not answered.
    let records = vec![
        person(0, None, false, &[("core.a.1", 2), ("core.a.2", 3), ("core.a.3", 6)]),
        person(1, None, false, &[("core.a.1", 2), ("core.a.2", 2), ("core.a.3", 3)]),
        person(2, None, false, &[("core.a.1", 1), ("core.a.2", 2), ("core.a.3", 7)]),
        person(3, None, false, &[("core.a.1", 4), ("core.a.2", 5), ("core.a.3", 5)]),
        person(4, None, false, &[("core.a.1", 7), ("core.a.2", 7), ("core.a.3", 7)]),
    ];
    let g = group(&b, &records, 3);
    let a = g.area(area(&b, "core.a")).unwrap();
    assert_eq!((a.asked, a.answered), (5, 4));
    assert_eq!(a.levels, [0, 2, 1, 0, 1]);
    // Sorted 1.5, 2.333.., 2.5, 4.667: median h = 1.5 -> (2.333 + 2.5) / 2 = 2.41666..
    let (_, median, _) = spread(&g, "core.a", &b).unwrap();
    assert!((median - 29.0 / 12.0).abs() < 1e-9, "{median}");
    assert_eq!(group::one_decimal(median), "2.4");
}

#[test]
fn an_area_only_some_were_asked_shows_no_figure_below_the_minimum() {
    let b = bank();
    // prof.alpha is asked of the two alpha participants only; prof.beta of the one beta participant.
    let records = vec![
        person(0, Some("alpha"), false, &[("core.a.1", 2), ("prof.alpha.1", 4)]),
        person(1, Some("alpha"), false, &[("core.a.1", 3), ("prof.alpha.1", 5)]),
        person(2, Some("beta"), false, &[("core.a.1", 4), ("prof.beta.1", 1)]),
        person(3, None, false, &[("core.a.1", 5)]),
    ];
    let g = group(&b, &records, 3);
    let alpha = g.area(area(&b, "prof.alpha")).unwrap();
    assert_eq!((alpha.asked, alpha.answered, alpha.spread), (2, 2, None));
    assert_eq!(g.shown(alpha.answered), Shown::FewerThan(3));
    assert_eq!(g.shown(alpha.levels[3]), Shown::FewerThan(3));
    // Nobody was asked the leaders' or the foundation layer: those areas are not in the picture.
    assert!(g.area(area(&b, "lead.a")).is_none());
    assert!(g.area(area(&b, "found.a")).is_none());
    // core.a: 2 3 4 5 -> median 3.5, q1 h = .75 -> 2.75, q3 h = 2.25 -> 4.25.
    assert_eq!(spread(&g, "core.a", &b), Some((2.75, 3.5, 4.25)));
    // The mix: alpha 2, beta 1, none 1, leaders 0, each below 3.
    assert_eq!(g.professions, vec![(Some("alpha".into()), 2), (Some("beta".into()), 1), (None, 1)]);
    assert_eq!(g.shown(g.professions[0].1), Shown::FewerThan(3));
    assert_eq!(g.shown(4), Shown::Count(4));
}

#[test]
fn the_target_is_shown_only_where_everyone_who_answered_shares_it() {
    let b = bank();
    // core.a: alpha's target is 4, everyone else's the layer's 3 (a leader's: the higher of 3 and 2).
    let mixed = vec![
        person(0, Some("alpha"), false, &[("core.a.1", 2), ("core.b.1", 2)]),
        person(1, None, true, &[("core.a.1", 3), ("core.b.1", 2)]),
        person(2, None, false, &[("core.a.1", 4), ("core.b.1", 2)]),
    ];
    let g = group(&b, &mixed, 3);
    assert_eq!(g.area(area(&b, "core.a")).unwrap().target, None);
    assert_eq!(g.area(area(&b, "core.b")).unwrap().target, Some(3));
    assert_eq!(g.area(area(&b, "soc.a")).unwrap().target, None);
    assert_eq!(g.leaders, 1);
    let same = vec![
        person(0, None, true, &[("core.a.1", 2)]),
        person(1, None, false, &[("core.a.1", 3)]),
        person(2, Some("beta"), false, &[("core.a.1", 4)]),
    ];
    assert_eq!(group(&b, &same, 3).area(area(&b, "core.a")).unwrap().target, Some(3));
}

#[test]
fn below_the_minimum_nothing_but_the_count_is_visible() {
    let b = bank();
    let records: Vec<_> = (0..4).map(|i| flat(i, 3, 3)).collect();
    let g = group(&b, &records, 5);
    assert!(!g.visible());
    assert_eq!(group::to_csv(&b, &g, &|l| l.into(), &|a| a.into()), "");
    assert!(compare(&b, &g, &g).iter().all(|c| c.before.is_none() && c.after.is_none()));
    assert!(group(&b, &records, 4).visible());
}

#[test]
fn the_summary_names_the_strongest_the_widest_and_three_largest_gaps() {
    let b = bank();
    // Five people, target 3 everywhere they share it (none of them is alpha).
    // core.a: 1 1 2 2 2 -> median 2, gap 1. core.b: 1 2 3 4 5 -> median 3, q1 2, q3 4 (widest), gap 0.
    // found.a (foundation answered by all): 1 1 1 2 2 -> median 1, gap 2. lead.a: all lead, 2 2 3 3 3 ->
    // median 3 (target max(3, 4) = 4), gap 1. soc.a (profile): 5 5 5 5 5, median 5, never "strongest".
    let levels = [(1, 1, 1, 2, 5), (1, 2, 1, 2, 5), (2, 3, 1, 3, 5), (2, 4, 2, 3, 5), (2, 5, 2, 3, 5)];
    let records: Vec<_> = levels
        .iter()
        .enumerate()
        .map(|(i, &(a, bb, f, l, s))| {
            let mut r = person(
                i as u64,
                None,
                true,
                &[("core.a.1", a), ("core.b.1", bb), ("found.a.1", f), ("lead.a.1", l), ("soc.a.1", s)],
            );
            r.profile.foundation = true;
            r
        })
        .collect();
    let g = group(&b, &records, 5);
    assert_eq!(spread(&g, "found.a", &b), Some((1.0, 1.0, 2.0)));
    let s = summary(&g);
    // Strongest among proficiency areas: core.b and lead.a, both median 3.
    assert_eq!(s.strongest, vec![area(&b, "core.b"), area(&b, "lead.a")]);
    // Widest: core.b (4 - 2 = 2) beats soc.a (0), found.a (1), core.a (1: q1 1, q3 2), lead.a (1: q1 2, q3 3).
    assert_eq!(s.widest, vec![area(&b, "core.b")]);
    // Gaps: found.a 2, then core.a and lead.a 1 each, in bank order; core.b's 0 is not a gap.
    assert_eq!(s.focus, vec![area(&b, "found.a"), area(&b, "core.a"), area(&b, "lead.a")]);
}

#[test]
fn two_workshops_compare_by_the_change_of_their_medians() {
    let b = bank();
    let before: Vec<_> = [1, 2, 2].iter().enumerate().map(|(i, &l)| flat(i as u64, l, 3)).collect();
    let after: Vec<_> = [3, 4, 2].iter().enumerate().map(|(i, &l)| flat(10 + i as u64, l, 3)).collect();
    let changes = compare(&b, &group(&b, &before, 3), &group(&b, &after, 3));
    let core_a = changes.iter().find(|c| c.at == area(&b, "core.a")).unwrap();
    // Medians 2 and 3.
    assert_eq!((core_a.before, core_a.after, core_a.change()), (Some(2.0), Some(3.0), Some(1.0)));
}

#[test]
fn the_csv_holds_aggregates_only_with_small_counts_written_as_fewer_than() {
    let b = bank();
    // Three people, minimum 3: core.a 2 2 4 (median 2, q1 2, q3 3); core.b 3 3 3.
    let records = vec![flat(0, 2, 3), flat(1, 2, 3), flat(2, 4, 3)];
    let csv = group::to_csv(&b, &group(&b, &records, 3), &|l| format!("L-{l}"), &|a| format!("A-{a}"));
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "layer_id,layer,area_id,area,answered,median,q1,q3,level_1,level_2,level_3,level_4,level_5,target"
    );
    assert_eq!(lines[1], "core,L-core,core.a,A-core.a,3,2.0,2.0,3.0,<3,<3,<3,<3,<3,3.0");
    assert_eq!(lines[2], "core,L-core,core.b,A-core.b,3,3.0,3.0,3.0,<3,<3,3,<3,<3,3.0");
    // The profile areas were asked and not answered: no figure, and no target.
    assert_eq!(lines[3], "soc,L-soc,soc.a,A-soc.a,<3,,,,<3,<3,<3,<3,<3,");
    // No line carries a completion time, a profile or an answer.
    assert!(!csv.contains("2026") && !csv.contains("alpha"));
}

#[test]
fn every_result_link_in_pasted_text_is_taken() {
    let text = "Voici le mien : https://x.org/a/#result=AbC-_9. Et https://x.org/a/#result=Zz\nrien ici #result=";
    assert_eq!(result_codes_in(text), vec!["AbC-_9", "Zz", ""]);
    assert!(result_codes_in("no link at all").is_empty());
}

#[test]
fn a_result_is_counted_once_however_it_arrives() {
    let b = bank();
    let (one, two) = (flat(1, 3, 3), flat(2, 4, 4));
    let mut w = Workshop::new("Team".into(), 3, NOW);
    let chat = format!("Alice: {}\nBob: {} thanks\nAlice again: {}", link(&b, &one), link(&b, &two), link(&b, &one));
    let (added, refused) = w.take(&b, &[Item::Text(chat)], NOW);
    assert_eq!(added, 2);
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].why, Refusal::Duplicate);
    assert!(matches!(&refused[0].source, Source::Link(l) if l.starts_with("#result=")));
    // The same result as a file and as a scanned code: already counted.
    let file = record::to_json(&b, &one, "en").into_bytes();
    let (added, refused) =
        w.take(&b, &[Item::File { name: "alice.json".into(), bytes: file }, Item::Scan(link(&b, &two))], NOW);
    assert_eq!(added, 0);
    assert_eq!(refused.iter().map(|r| r.why.clone()).collect::<Vec<_>>(), vec![Refusal::Duplicate, Refusal::Duplicate]);
    assert_eq!(w.records(&b).len(), 2);
}

#[test]
fn damaged_links_other_banks_and_things_that_are_not_results_are_listed_not_counted() {
    let b = bank();
    let mut w = Workshop::new("Team".into(), 3, NOW);
    let good = share::encode(&b, &flat(1, 3, 3));
    // One character changed in the middle: the checksum no longer matches.
    let mut damaged: Vec<char> = good.chars().collect();
    let middle = damaged.len() / 2;
    damaged[middle] = if damaged[middle] == 'A' { 'B' } else { 'A' };
    let damaged: String = damaged.into_iter().collect();
    let mut older = flat(2, 3, 3);
    older.bank_version = "test-0".into();
    let items = vec![
        Item::Text(format!("see #result={damaged} and #result={}", &good[..good.len() / 2])),
        Item::Text("hello, nothing here".into()),
        Item::File { name: "older.json".into(), bytes: record::to_json(&b, &older, "en").into_bytes() },
        Item::File { name: "notes.txt".into(), bytes: b"not json".to_vec() },
        Item::Scan("https://example.org/not-a-result".into()),
    ];
    let (added, refused) = w.take(&b, &items, NOW);
    assert_eq!(added, 0);
    let whys: Vec<Refusal> = refused.iter().map(|r| r.why.clone()).collect();
    assert_eq!(whys[0], Refusal::Problem(ReadProblem::Checksum));
    assert!(matches!(whys[1], Refusal::Problem(ReadProblem::Truncated | ReadProblem::Checksum)), "{:?}", whys[1]);
    assert_eq!(whys[2], Refusal::NoLink);
    assert_eq!(whys[3], Refusal::Problem(ReadProblem::OtherBank("test-0".into())));
    assert_eq!(refused[3].source, Source::File("older.json".into()));
    assert_eq!(whys[4], Refusal::Problem(ReadProblem::NotJson));
    assert_eq!(refused[5], ws::Refused { source: Source::Scan, why: Refusal::Problem(ReadProblem::NotAResult) });
    assert!(w.codes.is_empty());
}

#[test]
fn names_and_minimum_sizes_are_cleaned() {
    assert_eq!(clean_name("  Team   A \n 2 December "), Some("Team A 2 December".into()));
    assert_eq!(clean_name(" \t "), None);
    assert_eq!(clean_name(&"x".repeat(200)).map(|n| n.chars().count()), Some(ws::NAME_MAX_CHARS));
    assert_eq!((min_group(0), min_group(2), min_group(3), min_group(7), min_group(5000)), (3, 3, 3, 7, 100));
}

#[test]
fn the_trainer_creates_opens_compares_and_deletes_workshops() {
    let b = bank();
    let mut t = Trainer::default();
    assert!(!t.reduce(&b, TrainerAction::Create { name: "  ".into(), min_group: 5, now_ms: NOW }));
    assert_eq!(t.problem, Some(NameProblem::Empty));
    assert!(t.reduce(&b, TrainerAction::Create { name: "Before".into(), min_group: 1, now_ms: NOW }));
    assert_eq!(t.current().map(|w| w.min_group), Some(3));
    assert_eq!(t.problem, None);
    let chat = [link(&b, &flat(1, 2, 2)), link(&b, &flat(2, 2, 2))].join(" ");
    assert!(t.reduce(&b, TrainerAction::Take(vec![Item::Text(chat)], NOW)));
    assert_eq!(t.last.as_ref().map(|(n, r)| (*n, r.len())), Some((2, 0)));
    assert!(!t.reduce(&b, TrainerAction::Create { name: "Before".into(), min_group: 5, now_ms: NOW }));
    assert_eq!(t.problem, Some(NameProblem::Taken));
    assert!(t.reduce(&b, TrainerAction::Create { name: "After".into(), min_group: 5, now_ms: NOW }));
    assert_eq!(t.last, None);
    t.reduce(&b, TrainerAction::CompareWith(Some("Before".into())));
    assert_eq!(t.compared().map(|w| w.codes.len()), Some(2));
    // A workshop is not compared with itself.
    t.reduce(&b, TrainerAction::CompareWith(Some("After".into())));
    assert_eq!(t.compare_with, None);
    t.reduce(&b, TrainerAction::CompareWith(Some("Before".into())));
    // Deleting the one compared with stops the comparison; ending the open one closes it.
    assert!(t.reduce(&b, TrainerAction::Delete("Before".into())));
    assert_eq!((t.compare_with.as_deref(), t.stored.workshops.len()), (None, 1));
    assert!(t.reduce(&b, TrainerAction::Delete("After".into())));
    assert_eq!((t.open.as_deref(), t.stored.workshops.len()), (None, 0));
    assert!(!t.reduce(&b, TrainerAction::Delete("After".into())));
}

#[test]
fn workshops_are_kept_and_read_back_and_entries_this_version_cannot_read_are_kept() {
    let b = bank();
    let mut w = Workshop::new("Équipe « data »".into(), 4, COMPLETED_MS);
    w.take(&b, &[Item::Scan(link(&b, &flat(1, 3, 3)))], NOW);
    let stored = ws::Stored { workshops: vec![w.clone()], kept: Vec::new() };
    let text = ws::encode(&stored);
    assert_eq!(ws::decode(&text), Some(stored));
    // A newer entry and a second entry of the same name are kept as they are, and written back.
    let raw = [
        text.strip_suffix("]}").unwrap(),
        r#",{"name":"Later","future":true},{"name":"Équipe « data »","min_group":3,"created":"2026-11-23T06:50:07Z","codes":[]}]}"#,
    ]
    .concat();
    let read = ws::decode(&raw).unwrap();
    assert_eq!(read.workshops, vec![w]);
    assert_eq!(read.kept.len(), 2);
    assert!(ws::encode(&read).contains(r#"{"name":"Later","future":true}"#));
    assert_eq!(ws::decode("[1, 2]"), None);
    assert_eq!(ws::decode("{\"format\":\"skills-radar-workshops\",\"version\":2,\"workshops\":[]}"), None);
}

#[test]
fn the_projector_moves_between_sections_in_reading_order() {
    use Section::*;
    assert_eq!(Chart.after_key("3", false), Some(Focus));
    assert_eq!(Chart.after_key("ArrowRight", false), Some(Table));
    assert_eq!(Chart.after_key("ArrowLeft", false), Some(Focus));
    assert_eq!(Focus.after_key("ArrowRight", false), Some(Chart));
    // Right to left, the left arrow moves on.
    assert_eq!(Chart.after_key("ArrowLeft", true), Some(Table));
    assert_eq!(Table.after_key("ArrowRight", true), Some(Chart));
    assert_eq!(Table.after_key("x", false), None);
}

#[test]
fn the_group_chart_is_the_persons_chart_drawn_from_medians_and_a_band() {
    use skills_radar::core::chart_svg::{draw, ChartFor};
    let b = bank();
    let records = vec![flat(0, 2, 3), flat(1, 2, 3), flat(2, 4, 3)];
    let g = group(&b, &records, 3);
    let names = ["Median".to_string(), "Middle half".into(), "Target".into(), String::new()];
    let chart = group::chart(&g, None, "Team: the group".into(), names);
    // Axes: core.a, core.b, soc.a, soc.b (nobody leads, no profession, no foundation).
    assert_eq!(chart.axes.len(), 4);
    assert_eq!(chart.values, vec![Some(2.0), Some(3.0), None, None]);
    assert_eq!(chart.band.as_ref().unwrap()[0], Some((2.0, 3.0)));
    let catalog = crate::chart::catalog(&b, skills_radar::core::locale::Language::En);
    let svg = draw(&b, &catalog, &chart, ChartFor::File).svg;
    assert!(svg.contains("<title>Team: the group</title>"));
    assert!(svg.contains(r#"class="band""#) && svg.contains(r#"class="median""#));
    assert!(!svg.contains(r#"class="you""#));
}
