//! `changes.parquet`: a pain that triples in the last week for one plan is flagged, and
//! only it; alerts set the exit code with `--fail-on-alert`; quotes come from the week.

use crate::util::*;
use std::path::Path;

/// Ordinary feedback in the four languages (written for these tests).
const ORDINARY: &[&str] = &[
    "The app crashes every time I open the invoice page.",
    "Support took four days to answer my ticket.",
    "Great product, setup took five minutes.",
    "L'application plante à chaque mise à jour.",
    "La livraison est arrivée avec une semaine de retard.",
    "Très bon produit, je le recommande.",
    "التطبيق بطيء جدا ويتوقف عند فتح الصفحة",
    "تأخر التوصيل أسبوعين",
    "منتج رائع وسهل الاستخدام",
    "برنامه خیلی کند است و مدام قطع می شود",
    "ارسال سفارش یک هفته دیر رسید",
    "محصول عالی است و راضی هستم",
];

/// The planted pain: a refund that never came.
const REFUND: &[&str] = &[
    "I was charged twice and the refund never came.",
    "J'ai été débité deux fois et le remboursement n'est jamais arrivé.",
    "تم خصم المبلغ مرتين ولم يصلني استرداد المبلغ حتى الآن",
    "دو بار از حسابم پول کم شد و هنوز بازپرداخت نشده",
];

/// Five weeks of tickets (2026-W06 … 2026-W10), 80 per plan and week; the refund pain is
/// in about 10% of them, except for `pro` in the last week when `spike` (30%).
fn corpus(dir: &Path, name: &str, spike: bool) -> String {
    let mut w = csv::Writer::from_path(dir.join(name)).unwrap();
    w.write_record(["id", "text", "plan", "created_at"]).unwrap();
    let mut seed: u64 = 12345;
    let mut next = || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    for week in 0..5 {
        for (p, plan) in ["free", "pro", "enterprise"].iter().enumerate() {
            let rate = if spike && week == 4 && *plan == "pro" { 30 } else { 10 };
            for i in 0..80 {
                let r = next();
                let text = if r % 100 < rate { REFUND[r / 100 % REFUND.len()] } else { ORDINARY[r / 100 % ORDINARY.len()] };
                let day = 2 + week * 7 + i % 7; // February 2026 = W06 onwards
                let date = chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap() + chrono::Duration::days(day as i64 - 1);
                w.write_record([format!("w{week}-{p}-{i}"), text.to_string(), plan.to_string(), format!("{date}T10:00:00Z")]).unwrap();
            }
        }
    }
    w.flush().unwrap();
    name.to_string()
}

#[test]
fn a_tripled_pain_for_one_plan_in_the_last_week_is_the_one_alert() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), "tickets.csv", true);
    let out = tmp.path().join("out");
    let args = ["run", &input, "--out", out.to_str().unwrap(), "--persona", "plan", "--period", "week", "--fail-on-alert", "--kind", "ticket"];
    let r = vocmine(&args, tmp.path());
    assert_eq!(r.code, 3, "alerts with --fail-on-alert exit 3: {}", r.stderr);
    assert!(r.stderr.contains("alert plan=pro"), "{}", r.stderr);
    let ch = read(&out.join("changes.parquet"));
    let (dim, val, theme, period, alert) =
        (strs_nn(&ch, "persona_dim"), strs_nn(&ch, "persona_value"), strs_nn(&ch, "theme"), strs_nn(&ch, "period"), bools(&ch, "alert"));
    let q = f64s(&ch, "q_value");
    let pq = f64s(&ch, "pain_q_value");
    let lo = f64s(&ch, "pain_diff_ci_low");
    assert!(period.iter().all(|p| p == "2026-W10"), "{period:?}");
    let alerts: Vec<usize> = (0..alert.len()).filter(|&i| alert[i]).collect();
    assert_eq!(alerts.len(), 1, "exactly one alert: {:?}", alerts.iter().map(|&i| (&dim[i], &val[i], &theme[i])).collect::<Vec<_>>());
    let a = alerts[0];
    assert_eq!((dim[a].as_str(), val[a].as_str()), ("plan", "pro"));
    assert!(theme[a].starts_with("billing"), "{}", theme[a]);
    assert!(pq[a].unwrap() < 0.01 && lo[a].unwrap() > 0.0, "q {:?}, interval low {:?}", pq[a], lo[a]);
    // the unchanged rows: at least 90% have q > 0.05 (theme and pain tests)
    let unchanged: Vec<usize> = (0..alert.len()).filter(|&i| !(val[i] == "pro" || val[i] == "all") || !theme[i].starts_with("billing")).collect();
    assert!(unchanged.len() > 20);
    let calm = unchanged.iter().filter(|&&i| q[i].unwrap() > 0.05 && pq[i].is_none_or(|p| p > 0.05)).count();
    assert!(calm * 10 >= unchanged.len() * 9, "{calm} of {} unchanged rows calm", unchanged.len());
    // the alert's quotes come from the last week
    let qt = read(&out.join("quotes.parquet"));
    let cp = strs(&qt, "change_period");
    let docs: Vec<String> = strs_nn(&qt, "doc_id").into_iter().zip(&cp).filter(|(_, c)| c.is_some()).map(|(d, _)| d).collect();
    assert!(!docs.is_empty() && docs.iter().all(|d| d.starts_with("w4-1-")), "{docs:?}");
    // the persona card says so
    let ps = read(&out.join("persona_summary.parquet"));
    let rising: Vec<(String, Option<String>)> = strs_nn(&ps, "persona_value").into_iter().zip(strs(&ps, "rising_pains")).collect();
    assert!(rising.iter().any(|(v, r)| v == "pro" && r.as_deref().is_some_and(|r| r.contains("2026-W10"))), "{rising:?}");
    assert!(rising.iter().filter(|(v, _)| v != "pro").all(|(_, r)| r.is_none()), "{rising:?}");
    let m = manifest(&out);
    assert_eq!(m["alerts"].as_array().unwrap().len(), 1);

    // tables are byte-identical at another thread count
    let out1 = tmp.path().join("out1");
    let mut args1 = args.to_vec();
    args1[3] = out1.to_str().unwrap();
    args1.extend(["--threads", "1", "--chunk-rows", "100"]);
    assert_eq!(vocmine(&args1, tmp.path()).code, 3);
    for t in ["changes.parquet", "quotes.parquet", "persona_summary.parquet"] {
        assert_eq!(std::fs::read(out.join(t)).unwrap(), std::fs::read(out1.join(t)).unwrap(), "{t} differs between thread counts");
    }

    // the same corpus without the spike: no alert, exit 0
    let calm_input = corpus(tmp.path(), "calm.csv", false);
    let out2 = tmp.path().join("out2");
    let r = vocmine(&["run", &calm_input, "--out", out2.to_str().unwrap(), "--persona", "plan", "--period", "week", "--fail-on-alert"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(bools(&read(&out2.join("changes.parquet")), "alert").iter().all(|a| !a));
}
