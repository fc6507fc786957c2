//! Conversations and ticket metrics: transcripts in every format, speaker roles, the
//! `--speakers` view, malformed transcripts, threaded exports and metrics.parquet
//! checked against an independent computation.

use crate::util::*;
use std::collections::BTreeMap;

fn write(dir: &std::path::Path, name: &str, content: &str) {
    std::fs::write(dir.join(name), content).unwrap();
}

fn conversation_files(dir: &std::path::Path) {
    write(dir, "t1.txt", "Agent: Hello, sorry for the long wait, how can I help?\nCustomer: My invoice shows a double charge and the refund never arrived.\nAgent: I apologise, I will fix the billing error.\n");
    write(dir, "t2.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Conseiller>Désolé pour l'attente, le délai est long aujourd'hui.\n\n00:00:03.500 --> 00:00:06.000\n<v Client>L'application plante à chaque connexion.\n");
    write(
        dir,
        "t3.srt",
        "1\n00:00:01,000 --> 00:00:02,000\nالموظف: نعتذر عن التأخير في الرد\n\n2\n00:00:02,500 --> 00:00:05,000\nالعميل: التطبيق بطيء جدا والسعر غالي\n",
    );
    let jsonl = [
        r#"{"dialogue_id": "d1", "segment": "smb", "turns": [{"speaker": "SYSTEM", "utterance": "Sorry for the delay, your ticket is queued."}, {"speaker": "USER", "utterance": "The delivery is late again and the package was damaged."}]}"#,
        r#"{"dialogue_id": "d2", "segment": "smb", "turns": [{"role": "agent", "text": "کارشناس: ببخشید که منتظر ماندید"}, {"role": "customer", "text": "قیمت اشتراک خیلی گران است"}]}"#,
        r#"{"dialogue_id": "d3", "segment": "ent", "messages": [["agent", "Thanks for waiting, our support team apologises."], ["customer", "Please add an export to Excel, I need it."]]}"#,
    ];
    write(dir, "dialogues.jsonl", &(jsonl.join("\n") + "\n"));
}

#[test]
fn one_document_per_conversation_and_no_agent_words_by_default() {
    let tmp = tempfile::tempdir().unwrap();
    conversation_files(tmp.path());
    let out = tmp.path().join("out");
    let r = vocmine(&["run", "t1.txt", "t2.vtt", "t3.srt", "dialogues.jsonl", "--out", out.to_str().unwrap(), "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let docs = read(&out.join("documents.parquet"));
    assert_eq!(strs_nn(&docs, "doc_id"), ["t1", "t2", "t3", "d1", "d2", "d3"]);
    assert_eq!(u64s(&docs, "n_turns"), [3, 2, 2, 2, 2, 2]);
    let m = read(&out.join("mentions.parquet"));
    let speakers = strs_nn(&m, "speaker");
    assert!(!speakers.is_empty());
    assert!(speakers.iter().all(|s| s == "customer"), "{speakers:?}");
    // the agents' apologies and waiting never count
    let matched = strs_nn(&m, "matched").join(" | ").to_lowercase();
    for agent_word in ["wait", "attente", "التأخير", "منتظر", "apologis", "delay"] {
        assert!(!matched.contains(agent_word), "{agent_word} from an agent turn in {matched}");
    }
    // every language's customer pain is found
    let themes = strs_nn(&docs, "pain_themes");
    assert!(themes[0].contains("billing"), "{themes:?}");
    assert!(themes[1].contains("product.reliability"), "{themes:?}");
    assert!(themes[2].contains("price") || themes[2].contains("product.performance"), "{themes:?}");
    assert!(themes[3].contains("delivery"), "{themes:?}");
    assert!(themes[4].contains("price"), "{themes:?}");
    assert!(themes[5].contains("product.features"), "{themes:?}");
    let q = read(&out.join("quotes.parquet"));
    assert!(strs_nn(&q, "speaker").iter().all(|s| s == "customer"));

    // the agents' view: only agent (and bot) words
    let out2 = tmp.path().join("agents");
    let r = vocmine(&["run", "t1.txt", "t2.vtt", "t3.srt", "dialogues.jsonl", "--out", out2.to_str().unwrap(), "--speakers", "agent", "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let m2 = read(&out2.join("mentions.parquet"));
    assert!(strs_nn(&m2, "speaker").iter().all(|s| s == "agent"), "{:?}", strs_nn(&m2, "speaker"));
    assert!(strs_nn(&m2, "theme").iter().any(|t| t.starts_with("support")));
    let out3 = tmp.path().join("all");
    let r = vocmine(&["run", "t1.txt", "dialogues.jsonl", "--out", out3.to_str().unwrap(), "--speakers", "all", "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sp: std::collections::BTreeSet<String> = strs_nn(&read(&out3.join("mentions.parquet")), "speaker").into_iter().collect();
    assert!(sp.contains("customer") && sp.contains("agent"), "{sp:?}");
}

#[test]
fn malformed_transcripts_are_reported_and_the_run_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "bad.txt", "this line has no speaker\nClient: La livraison est en retard.\n");
    write(tmp.path(), "bad.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Agent>Hello\n\n00:00:03.000 --> 00:00:04.000\n\n00:00:05.000 --> 00:00:07.000\n<v Customer>The refund never came.\n");
    write(tmp.path(), "good.srt", "1\n00:00:01,000 --> 00:00:02,000\nCustomer: The app crashes every day.\n");
    let out = tmp.path().join("out");
    let r = vocmine(&["run", "bad.txt", "bad.vtt", "good.srt", "--out", out.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 0, "warnings do not fail the run: {}", r.stderr);
    let docs = read(&out.join("documents.parquet"));
    assert_eq!(strs_nn(&docs, "doc_id"), ["bad", "bad", "good"]);
    assert!(strs_nn(&docs, "themes")[1].contains("billing"));
    let rej = read(&out.join("rejects.parquet"));
    let (src, line, reason, sev) = (strs_nn(&rej, "source"), u64s(&rej, "line"), strs_nn(&rej, "reason"), strs_nn(&rej, "severity"));
    assert_eq!(src, ["bad.txt", "bad.vtt"]);
    assert_eq!(line, [1, 6]);
    assert!(reason[0].contains("no speaker") && reason[1].contains("unterminated cue"), "{reason:?}");
    assert!(sev.iter().all(|s| s == "warning"));
    assert!(r.stderr.contains("bad.vtt:6"), "{}", r.stderr);
}

#[test]
fn threaded_exports_become_conversations() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "threads.csv",
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n\
         1,c1,True,Tue Oct 31 22:10:47 +0000 2017,@acme my order never arrived and nobody answers,2,\n\
         2,acme,False,Tue Oct 31 22:15:00 +0000 2017,@c1 sorry for the wait! please DM us your order number,3,1.0\n\
         3,c1,True,Tue Oct 31 22:20:00 +0000 2017,@acme done. still waiting for a refund too,,2.0\n\
         4,c2,True,Wed Nov 01 08:00:00 +0000 2017,@acme the app crashes when I log in,,\n",
    );
    let out = tmp.path().join("out");
    let r = vocmine(&["run", "threads.csv", "--out", out.to_str().unwrap(), "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let docs = read(&out.join("documents.parquet"));
    assert_eq!(strs_nn(&docs, "doc_id"), ["1", "4"]);
    assert_eq!(u64s(&docs, "n_turns"), [3, 1]);
    let m = read(&out.join("mentions.parquet"));
    assert!(strs_nn(&m, "speaker").iter().all(|s| s == "customer"));
    assert!(!strs_nn(&m, "matched").iter().any(|x| x.to_lowercase().contains("wait!")));
}

/// Median with linear interpolation, computed here independently.
fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

#[test]
fn metrics_match_an_independent_computation() {
    let tmp = tempfile::tempdir().unwrap();
    let mut csv = String::from("id,opened,closed,satisfaction,recommend,team,body\n");
    let bodies = [
        "I was charged twice and want my refund",
        "The app crashes every morning",
        "Le remboursement n'est jamais arrivé",
        "التطبيق يعلق دائما",
        "Thanks, all good now",
        "دو بار از حسابم پول کم شد",
    ];
    let mut expect: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for i in 0..60u32 {
        let team = ["north", "south", "east"][i as usize % 3];
        let hours = 1 + (i * 7) % 50;
        let opened = format!("2026-03-{:02}T{:02}:00:00+01:00", 1 + i % 28, i % 24);
        let open_ts = chrono::DateTime::parse_from_rfc3339(&opened).unwrap();
        let closed = (open_ts + chrono::Duration::hours(hours as i64)).with_timezone(&chrono::Utc).to_rfc3339();
        expect.entry(team.to_string()).or_default().push(hours as f64);
        let body = bodies[i as usize % bodies.len()];
        csv.push_str(&format!("c{i},{opened},{closed},{},{},{team},\"{body}\"\n", 1 + i % 5, i % 11));
    }
    write(tmp.path(), "tickets.csv", &csv);
    let out = tmp.path().join("out");
    let r = vocmine(
        &[
            "run",
            "tickets.csv",
            "--out",
            out.to_str().unwrap(),
            "--created",
            "opened",
            "--resolved",
            "closed",
            "--csat",
            "satisfaction",
            "--nps",
            "recommend",
            "--persona",
            "team",
            "--kind",
            "ticket",
            "--quiet",
        ],
        tmp.path(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mt = read(&out.join("metrics.parquet"));
    let (dim, val, theme) = (strs_nn(&mt, "persona_dim"), strs_nn(&mt, "persona_value"), strs(&mt, "theme"));
    let med = f64s(&mt, "resolution_median_h");
    for (team, hours) in &expect {
        let i = (0..mt.height()).find(|&i| dim[i] == "team" && val[i] == *team && theme[i].is_none()).unwrap();
        assert!((med[i].unwrap() - median(hours.clone())).abs() < 1e-9, "{team}: {} vs {}", med[i].unwrap(), median(hours.clone()));
    }
    // CSAT and NPS per theme, from documents.parquet and the input
    let docs = read(&out.join("documents.parquet"));
    let (ids, dthemes) = (strs_nn(&docs, "doc_id"), strs_nn(&docs, "themes"));
    let (_, rows) = read_csv(&tmp.path().join("tickets.csv"));
    let by_id: BTreeMap<&str, &Vec<String>> = rows.iter().map(|r| (r[0].as_str(), r)).collect();
    let csat_mean = f64s(&mt, "csat_mean");
    let nps = f64s(&mt, "nps");
    let csat_impact = f64s(&mt, "csat_impact");
    for th in ["billing", "product.reliability"] {
        let with: Vec<&Vec<String>> = ids.iter().zip(&dthemes).filter(|(_, t)| t.split(',').any(|x| x == th)).map(|(id, _)| by_id[id.as_str()]).collect();
        let without: Vec<&Vec<String>> = ids.iter().zip(&dthemes).filter(|(_, t)| !t.split(',').any(|x| x == th)).map(|(id, _)| by_id[id.as_str()]).collect();
        assert!(with.len() >= 10, "{th}: {} documents", with.len());
        let mean = |v: &[&Vec<String>]| v.iter().map(|r| r[3].parse::<f64>().unwrap()).sum::<f64>() / v.len() as f64;
        let n = with.len() as f64;
        let pro = with.iter().filter(|r| r[4].parse::<f64>().unwrap() >= 9.0).count() as f64;
        let det = with.iter().filter(|r| r[4].parse::<f64>().unwrap() <= 6.0).count() as f64;
        let i = (0..mt.height()).find(|&i| dim[i] == "all" && theme[i].as_deref() == Some(th)).unwrap();
        assert!((csat_mean[i].unwrap() - mean(&with)).abs() < 1e-9, "{th} csat");
        assert!((nps[i].unwrap() - 100.0 * (pro - det) / n).abs() < 1e-9, "{th} nps");
        assert!((csat_impact[i].unwrap() - (mean(&with) - mean(&without))).abs() < 1e-9, "{th} impact");
    }
}
