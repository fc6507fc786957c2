//! What changed: each theme's share in the latest calendar periods against a baseline of
//! the periods before, per persona, with intervals, tests and alerts.
//!
//! Exists because a scheduled run is read for what is new, not for last year's totals:
//! "which pain grew this week, in which segment, how sure are we". Counts per (persona,
//! period, theme) come from the aggregate ([`crate::aggregate::PeriodCounts`], plain sums
//! that merge in any order); everything here is computed once from them. For a period
//! `p` and a baseline of the `N` periods before it (empty periods count: a quiet week is
//! part of the baseline), each row compares the share of documents raising the theme —
//! and, separately, raising it as a pain — in `p` against the baseline: difference with
//! Newcombe's hybrid score interval (from Wilson intervals), ratio with the Katz log
//! interval (0.5 added to every cell when one is empty), a G² test and Benjamini–Hochberg
//! q-values over the table. A row is an alert when it rises significantly (q below
//! `--alert-q`) by at least `--alert-min-ratio` and `--alert-min-diff`, with enough
//! support; an alert is reported at its most specific level: for segments, not for
//! `all`, when the run has persona dimensions (the question is "in which segment"; the
//! `all` rows keep their tests), and not for a parent theme when one of its sub-themes
//! alerts for the same persona and period.

use super::{row, Frame};
use crate::aggregate::{benjamini_hochberg, g_squared, wilson, Aggregates, PersonaKey};
use crate::config::Period;
use crate::lexicon::LexiconSet;

/// Settings of the comparison (from the run options).
#[derive(Debug, Clone, Copy)]
pub struct ChangeSettings {
    pub period: Period,
    /// Periods compared, counting back from the latest (1: the latest only).
    pub periods: usize,
    /// Periods before each compared period that form its baseline.
    pub baseline: usize,
    pub alert_q: f64,
    pub min_ratio: f64,
    pub min_diff: f64,
    /// Rows with fewer documents in the period or in the baseline are `low_support`.
    pub min_support: u64,
}

/// An alert: a (persona, theme, period) whose share rose significantly.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    pub key: PersonaKey,
    pub theme: usize,
    pub period: i32,
    pub period_label: String,
    /// `pain` when the pain share rose, else `theme`.
    pub on: &'static str,
    pub share: f64,
    pub baseline_share: f64,
    pub ratio: f64,
    pub q: f64,
}

/// One comparison of `x1` of `n1` against `x0` of `n0`.
#[derive(Debug, Clone, Copy, Default)]
struct Compare {
    share: f64,
    share_low: f64,
    share_high: f64,
    base: f64,
    diff: f64,
    diff_low: f64,
    diff_high: f64,
    ratio: Option<f64>,
    ratio_low: Option<f64>,
    ratio_high: Option<f64>,
    p: f64,
}

fn compare(x1: u64, n1: u64, x0: u64, n0: u64) -> Compare {
    let p1 = x1 as f64 / n1.max(1) as f64;
    let p0 = x0 as f64 / n0.max(1) as f64;
    let (l1, u1) = wilson(x1, n1);
    let (l0, u0) = wilson(x0, n0);
    let diff = p1 - p0;
    let diff_low = diff - ((p1 - l1).powi(2) + (u0 - p0).powi(2)).sqrt();
    let diff_high = diff + ((u1 - p1).powi(2) + (p0 - l0).powi(2)).sqrt();
    let (ratio, ratio_low, ratio_high) = if n1 == 0 || n0 == 0 {
        (None, None, None)
    } else {
        let (a, b, c, d) = if x1 == 0 || x0 == 0 {
            (x1 as f64 + 0.5, n1 as f64 + 1.0, x0 as f64 + 0.5, n0 as f64 + 1.0)
        } else {
            (x1 as f64, n1 as f64, x0 as f64, n0 as f64)
        };
        let r = (a / b) / (c / d);
        let se = (1.0 / a - 1.0 / b + 1.0 / c - 1.0 / d).max(0.0).sqrt();
        let z = 1.959_963_984_540_054_f64;
        (Some(r), Some(r * (-z * se).exp()), Some(r * (z * se).exp()))
    };
    let p = if n1 == 0 || n0 == 0 { 1.0 } else { g_squared(x1, n1 - x1, x0, n0 - x0).1 };
    Compare { share: p1, share_low: l1, share_high: u1, base: p0, diff, diff_low, diff_high, ratio, ratio_low, ratio_high, p }
}

struct Row<'a> {
    key: &'a PersonaKey,
    theme: usize,
    period: i32,
    n1: u64,
    n0: u64,
    x1: u64,
    x0: u64,
    y1: u64,
    y0: u64,
    theme_cmp: Compare,
    pain_cmp: Compare,
    low_support: bool,
    q: Option<f64>,
    pain_q: Option<f64>,
    alert: Option<&'static str>,
}

row! {
    /// One row of `changes.parquet`: a (persona value, theme, period) against its
    /// baseline periods.
    pub struct ChangeRow<'a> {
        persona_dim: &'a str,
        persona_value: &'a str,
        theme: &'a str,
        period: &'a str,
        docs: u64,
        theme_docs: u64,
        share: f64,
        share_ci_low: f64,
        share_ci_high: f64,
        baseline_periods: String,
        baseline_docs: u64,
        baseline_theme_docs: u64,
        baseline_share: f64,
        diff: f64,
        diff_ci_low: f64,
        diff_ci_high: f64,
        ratio: Option<f64>,
        ratio_ci_low: Option<f64>,
        ratio_ci_high: Option<f64>,
        p_value: f64,
        q_value: Option<f64>,
        pain_docs: u64,
        pain_share: f64,
        baseline_pain_docs: u64,
        baseline_pain_share: f64,
        pain_diff: f64,
        pain_diff_ci_low: f64,
        pain_diff_ci_high: f64,
        pain_ratio: Option<f64>,
        pain_ratio_ci_low: Option<f64>,
        pain_ratio_ci_high: Option<f64>,
        pain_p_value: Option<f64>,
        pain_q_value: Option<f64>,
        low_support: bool,
        alert: bool,
        alert_on: Option<&'a str>,
    }
}

/// The `changes.parquet` table and its alerts. Empty when no document has a date.
pub fn changes(lex: &LexiconSet, agg: &Aggregates, s: &ChangeSettings) -> (Frame, Vec<Alert>) {
    let mut f = Frame::of::<ChangeRow>();
    let Some(latest) = agg.periods.keys().map(|(_, p)| *p).max() else {
        return (f, Vec::new());
    };
    let mut rows = compared(lex, agg, s, latest);
    test_and_alert(&mut rows, s);
    keep_most_specific_alerts(&mut rows, lex, agg);
    let mut alerts = Vec::new();
    for r in &rows {
        let (tc, pc) = (&r.theme_cmp, &r.pain_cmp);
        let label = s.period.label_of(r.period);
        f.push_row(ChangeRow {
            persona_dim: agg.dims[r.key.0 as usize].as_str(),
            persona_value: r.key.1.as_str(),
            theme: lex.themes[r.theme].id.as_str(),
            period: label.as_str(),
            docs: r.n1,
            theme_docs: r.x1,
            share: tc.share,
            share_ci_low: tc.share_low,
            share_ci_high: tc.share_high,
            baseline_periods: format!("{}..{}", s.period.label_of(r.period - s.baseline.max(1) as i32), s.period.label_of(r.period - 1)),
            baseline_docs: r.n0,
            baseline_theme_docs: r.x0,
            baseline_share: tc.base,
            diff: tc.diff,
            diff_ci_low: tc.diff_low,
            diff_ci_high: tc.diff_high,
            ratio: tc.ratio,
            ratio_ci_low: tc.ratio_low,
            ratio_ci_high: tc.ratio_high,
            p_value: tc.p,
            q_value: r.q,
            pain_docs: r.y1,
            pain_share: pc.share,
            baseline_pain_docs: r.y0,
            baseline_pain_share: pc.base,
            pain_diff: pc.diff,
            pain_diff_ci_low: pc.diff_low,
            pain_diff_ci_high: pc.diff_high,
            pain_ratio: pc.ratio,
            pain_ratio_ci_low: pc.ratio_low,
            pain_ratio_ci_high: pc.ratio_high,
            pain_p_value: (r.y1 + r.y0 > 0).then_some(pc.p),
            pain_q_value: r.pain_q,
            low_support: r.low_support,
            alert: r.alert.is_some(),
            alert_on: r.alert,
        });
        if let Some(on) = r.alert {
            let c = if on == "pain" { pc } else { tc };
            alerts.push(Alert {
                key: r.key.clone(),
                theme: r.theme,
                period: r.period,
                period_label: label,
                on,
                share: c.share,
                baseline_share: c.base,
                ratio: c.ratio.unwrap_or(f64::INFINITY),
                q: if on == "pain" { r.pain_q.unwrap_or(1.0) } else { r.q.unwrap_or(1.0) },
            });
        }
    }
    (f, alerts)
}

/// Each (persona value, theme) of the latest `s.periods` periods against its baseline
/// periods, with both comparisons (theme share, pain share) made.
fn compared<'a>(lex: &LexiconSet, agg: &'a Aggregates, s: &ChangeSettings, latest: i32) -> Vec<Row<'a>> {
    let first = latest - s.periods.max(1) as i32 + 1;
    let n = lex.themes.len();
    let mut rows: Vec<Row> = Vec::new();
    for key in agg.personas.keys() {
        for period in first..=latest {
            let cur = agg.periods.get(&(key.clone(), period));
            let mut n0 = 0;
            let mut base = vec![(0u64, 0u64); n];
            for b in period - s.baseline.max(1) as i32..period {
                if let Some(c) = agg.periods.get(&(key.clone(), b)) {
                    n0 += c.docs;
                    for (acc, t) in base.iter_mut().zip(&c.themes) {
                        acc.0 += t.0;
                        acc.1 += t.1;
                    }
                }
            }
            let n1 = cur.map_or(0, |c| c.docs);
            if n1 == 0 && n0 == 0 {
                continue;
            }
            for t in 0..n {
                let (x1, y1) = cur.map_or((0, 0), |c| c.themes[t]);
                let (x0, y0) = base[t];
                if x1 + x0 == 0 {
                    continue;
                }
                let low_support = n1 < s.min_support || n0 < s.min_support;
                rows.push(Row {
                    key,
                    theme: t,
                    period,
                    n1,
                    n0,
                    x1,
                    x0,
                    y1,
                    y0,
                    theme_cmp: compare(x1, n1, x0, n0),
                    pain_cmp: compare(y1, n1, y0, n0),
                    low_support,
                    q: None,
                    pain_q: None,
                    alert: None,
                });
            }
        }
    }
    rows
}

/// q-values (Benjamini–Hochberg over all rows, themes and pains apart) and alerts: a
/// rise whose q is below `alert_q`, whose difference is at least `min_diff` with a
/// positive lower bound, and whose ratio is at least `min_ratio` — pain first.
fn test_and_alert(rows: &mut [Row], s: &ChangeSettings) {
    let q = benjamini_hochberg(&rows.iter().map(|r| Some(r.theme_cmp.p)).collect::<Vec<_>>());
    let pq = benjamini_hochberg(&rows.iter().map(|r| (r.y1 + r.y0 > 0).then_some(r.pain_cmp.p)).collect::<Vec<_>>());
    let rises =
        |c: &Compare, q: Option<f64>| q.is_some_and(|q| q < s.alert_q) && c.diff >= s.min_diff && c.diff_low > 0.0 && c.ratio.is_some_and(|r| r >= s.min_ratio);
    for (i, r) in rows.iter_mut().enumerate() {
        r.q = q[i];
        r.pain_q = pq[i];
        if !r.low_support {
            r.alert = if rises(&r.pain_cmp, r.pain_q) {
                Some("pain")
            } else if rises(&r.theme_cmp, r.q) {
                Some("theme")
            } else {
                None
            };
        }
    }
}

/// Alerts at the most specific level: segments, not `all`, when the run has persona
/// dimensions (the `all` rows keep their tests); a sub-theme over its parent.
fn keep_most_specific_alerts(rows: &mut [Row], lex: &LexiconSet, agg: &Aggregates) {
    let alerting: Vec<(u16, String, usize, i32)> = rows.iter().filter(|r| r.alert.is_some()).map(|r| (r.key.0, r.key.1.clone(), r.theme, r.period)).collect();
    let has_segments = agg.dims.len() > 1;
    for r in rows.iter_mut().filter(|r| r.alert.is_some()) {
        let segment_alerts = r.key.0 == 0 && has_segments;
        let child_alerts = alerting
            .iter()
            .any(|a| a.0 == r.key.0 && a.1 == r.key.1 && a.3 == r.period && a.2 != r.theme && lex.themes[a.2].lineage.contains(&(r.theme as u16)));
        if segment_alerts || child_alerts {
            r.alert = None;
        }
    }
}

/// The quotes of an alert of the latest period: up to `k` candidates of its (persona,
/// theme) from documents of that period.
pub fn alert_quotes<'a>(agg: &'a Aggregates, alert: &Alert, k: usize) -> Vec<&'a crate::aggregate::QuoteCandidate> {
    if agg.recent != Some(alert.period) {
        return Vec::new();
    }
    let Some(lists) = agg.recent_quotes.get(&alert.key) else { return Vec::new() };
    let mut list: Vec<&crate::aggregate::QuoteCandidate> = lists[alert.theme].iter().collect();
    if alert.on != "pain" {
        list.sort_by(|a, b| a.rank_cmp_ignoring_pain(b));
    }
    list.truncate(k);
    list
}

/// One line per alert, for the summary on stderr and the manifest.
pub fn describe(lex: &LexiconSet, agg: &Aggregates, a: &Alert) -> String {
    format!(
        "{}={} {} {}: {} share {:.1}% vs {:.1}% before (x{:.1}, q={:.2e})",
        agg.dims[a.key.0 as usize],
        a.key.1,
        lex.themes[a.theme].id,
        a.period_label,
        a.on,
        a.share * 100.0,
        a.baseline_share * 100.0,
        a.ratio,
        a.q
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tripled_share_is_significant_and_a_stable_one_is_not() {
        // 30 of 100 this week against 40 of 400 before: x3
        let c = compare(30, 100, 40, 400);
        assert!((c.ratio.unwrap() - 3.0).abs() < 1e-9);
        assert!(c.p < 1e-5 && c.diff_low > 0.0 && c.ratio_low.unwrap() > 1.5, "{c:?}");
        // 10 of 100 against 40 of 400: no change
        let c = compare(10, 100, 40, 400);
        assert!(c.p > 0.5 && c.diff_low < 0.0 && c.diff_high > 0.0 && c.ratio_low.unwrap() < 1.0 && c.ratio_high.unwrap() > 1.0, "{c:?}");
        // an empty baseline cell still gives a finite ratio interval
        let c = compare(5, 50, 0, 200);
        assert!(c.ratio.unwrap().is_finite() && c.ratio_low.unwrap() > 1.0, "{c:?}");
    }

    #[test]
    fn period_ordinals_are_consecutive_and_labelled() {
        use chrono::NaiveDate;
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        let w = Period::Week;
        assert_eq!(w.ordinal(d(2026, 3, 2)) + 1, w.ordinal(d(2026, 3, 9)));
        assert_eq!(w.ordinal(d(2026, 3, 2)), w.ordinal(d(2026, 3, 8)), "Monday to Sunday");
        assert_eq!(w.label_of(w.ordinal(d(2026, 3, 4))), "2026-W10");
        assert_eq!(w.label_of(w.ordinal(d(2026, 1, 1))), "2026-W01");
        let m = Period::Month;
        assert_eq!(m.ordinal(d(2025, 12, 31)) + 1, m.ordinal(d(2026, 1, 1)));
        assert_eq!(m.label_of(m.ordinal(d(2026, 1, 15))), "2026-01");
        assert_eq!(Period::Quarter.label_of(Period::Quarter.ordinal(d(2026, 5, 1))), "2026-Q2");
    }
}
