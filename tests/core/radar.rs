use skills_radar::core::radar::{fmt1, points_attr, Anchor, Point, Radar};

const R: Radar = Radar { cx: 100.0, cy: 100.0, radius: 80.0, max: 5.0 };

fn assert_near(p: Point, x: f64, y: f64) {
    assert!((p.x - x).abs() < 1e-9 && (p.y - y).abs() < 1e-9, "{p:?} is not ({x}, {y})");
}

#[test]
fn axis_zero_points_up() {
    assert_near(R.point(0, 4, 5.0), 100.0, 20.0);
}

#[test]
fn axes_go_clockwise() {
    assert_near(R.point(1, 4, 5.0), 180.0, 100.0);
    assert_near(R.point(2, 4, 5.0), 100.0, 180.0);
    assert_near(R.point(3, 4, 5.0), 20.0, 100.0);
}

#[test]
fn half_the_max_is_half_way() {
    assert_near(R.point(1, 4, 2.5), 140.0, 100.0);
    assert_near(R.point(0, 4, 2.5), 100.0, 60.0);
}

#[test]
fn values_clamp_to_zero_and_max() {
    assert_near(R.point(1, 4, 7.0), 180.0, 100.0);
    assert_near(R.point(1, 4, -3.0), 100.0, 100.0);
}

#[test]
fn polygon_puts_missing_scores_at_the_centre() {
    let points = R.polygon(&[Some(5.0), None, Some(2.5), Some(0.0)]);
    assert_eq!(points.len(), 4);
    assert_near(points[0], 100.0, 20.0);
    assert_near(points[1], 100.0, 100.0);
    assert_near(points[2], 100.0, 140.0);
    assert_near(points[3], 100.0, 100.0);
}

#[test]
fn ring_has_one_point_per_axis_at_the_level() {
    let ring = R.ring(4, 2.5);
    assert_eq!(ring.len(), 4);
    assert_near(ring[0], 100.0, 60.0);
    assert_near(ring[3], 60.0, 100.0);
}

#[test]
fn target_path_is_closed_when_every_axis_has_a_target() {
    let path = R.target_path(&[Some(5.0), Some(5.0), Some(5.0), Some(2.5)]);
    assert_eq!(path, "M100,20 L180,100 L100,180 L60,100 Z");
}

#[test]
fn target_path_is_empty_without_targets() {
    assert_eq!(R.target_path(&[]), "");
    assert_eq!(R.target_path(&[None, None, None]), "");
}

#[test]
fn target_path_run_wraps_from_last_axis_to_first() {
    let path = R.target_path(&[Some(5.0), Some(5.0), None, Some(5.0)]);
    assert_eq!(path, "M20,100 L100,20 L180,100");
}

#[test]
fn target_path_breaks_into_runs_at_missing_targets() {
    // Axes 0,1 and 3,4 have targets; 2 and 5 do not.
    let targets = [Some(5.0), Some(5.0), None, Some(5.0), Some(5.0), None];
    let path = R.target_path(&targets);
    assert_eq!(path.matches('M').count(), 2, "{path}");
    assert_eq!(path.matches('L').count(), 2, "{path}");
    assert!(!path.contains('Z'), "{path}");
    let p0 = R.point(0, 6, 5.0);
    let p1 = R.point(1, 6, 5.0);
    let run = format!("M{},{} L{},{}", fmt1(p0.x), fmt1(p0.y), fmt1(p1.x), fmt1(p1.y));
    assert!(path.contains(&run), "{path} lacks {run}");
}

#[test]
fn label_anchors_keep_text_outside_the_chart() {
    let anchors: Vec<Anchor> = (0..4).map(|i| R.label(i, 4, 10.0).1).collect();
    assert_eq!(anchors, [Anchor::Middle, Anchor::Start, Anchor::Middle, Anchor::End]);
    let six: Vec<Anchor> = (0..6).map(|i| R.label(i, 6, 10.0).1).collect();
    assert_eq!(six, [Anchor::Middle, Anchor::Start, Anchor::Start, Anchor::Middle, Anchor::End, Anchor::End]);
}

#[test]
fn label_sits_beyond_the_outer_ring() {
    assert_near(R.label(0, 4, 10.0).0, 100.0, 10.0);
    assert_near(R.label(1, 4, 10.0).0, 190.0, 100.0);
}

#[test]
fn anchor_svg_values() {
    assert_eq!([Anchor::Start.svg(), Anchor::Middle.svg(), Anchor::End.svg()], ["start", "middle", "end"]);
}

#[test]
fn fmt1_one_decimal_without_trailing_zero() {
    assert_eq!(fmt1(20.0), "20");
    assert_eq!(fmt1(3.125_9), "3.1");
    assert_eq!(fmt1(1.25), "1.3");
    assert_eq!(fmt1(99.96), "100");
    assert_eq!(fmt1(-1.5), "-1.5");
    assert_eq!(fmt1(-2.0), "-2");
}

#[test]
fn fmt1_never_prints_negative_zero() {
    for v in [0.0, -0.0, -0.04, 0.04, -1e-12] {
        assert_eq!(fmt1(v), "0", "fmt1({v})");
    }
}

#[test]
fn points_attr_joins_rounded_pairs() {
    let points = [Point { x: 100.0, y: 20.0 }, Point { x: 180.04, y: 99.96 }, Point { x: -0.01, y: 12.34 }];
    assert_eq!(points_attr(&points), "100,20 180,100 0,12.3");
    assert_eq!(points_attr(&[]), "");
}

#[test]
fn points_attr_of_a_ring_round_trips_exact_points() {
    assert_eq!(points_attr(&R.ring(4, 5.0)), "100,20 180,100 100,180 20,100");
}

#[test]
fn sector_of_one_axis_spans_half_way_to_its_neighbours() {
    // Axis 0 of 4 points up; its wedge runs from up-left to up-right, clockwise, as a small arc.
    assert_eq!(R.sector_path(0, 0, 4), "M100,100 L43.4,43.4 A80,80 0 0 1 156.6,43.4 Z");
}

#[test]
fn sector_over_more_than_half_uses_the_large_arc() {
    assert_eq!(R.sector_path(1, 3, 4), "M100,100 L156.6,43.4 A80,80 0 1 1 43.4,43.4 Z");
}

#[test]
fn sector_over_every_axis_is_the_whole_disc() {
    assert_eq!(R.sector_path(0, 3, 4), "M100,20 A80,80 0 1 1 100,180 A80,80 0 1 1 100,20 Z");
}

#[test]
fn sin_cos_matches_the_standard_library_over_several_turns() {
    for step in -2000..=2000 {
        let x = step as f64 * 0.01;
        let (s, c) = skills_radar::core::radar::sin_cos(x);
        assert!((s - x.sin()).abs() < 1e-12, "sin({x}) = {s}, expected {}", x.sin());
        assert!((c - x.cos()).abs() < 1e-12, "cos({x}) = {c}, expected {}", x.cos());
    }
}
