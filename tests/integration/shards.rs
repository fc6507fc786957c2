//! Shards and merge (`run --shard K/N --partial DIR`, `vocmine merge`): for any number
//! of shards, with K from the flag or a scheduler's environment, the merged tables are
//! byte-identical to one run over the same inputs — reviews, a ticket export with
//! metrics and a conversation file together, with phrase pruning on; parts that do not
//! fit together are refused with exit 2 and nothing written.

use super::util::{manifest, root, vocmine, vocmine_env};
use std::path::{Path, PathBuf};

/// The run arguments (inputs from the repository's data/): small phrase capacity, so
/// that there are many units and phrase pruning happens.
fn run_args() -> Vec<String> {
    let d = root().join("data");
    let mut a: Vec<String> = vec!["run".to_string()];
    a.extend(["reviews.csv", "tickets.csv", "conversations.jsonl"].iter().map(|f| d.join(f).display().to_string()));
    a.extend(["--persona", "plan", "--persona", "period", "--phrase-capacity", "64", "--quotes", "2"].map(String::from));
    a
}

fn run(args: &[String], extra: &[&str], cwd: &Path, env: &[(&str, &str)]) {
    let mut v: Vec<&str> = args.iter().map(String::as_str).collect();
    v.extend_from_slice(extra);
    v.push("--quiet");
    let r = vocmine_env(&v, cwd, env);
    assert!(r.code == 0 || r.code == 1, "vocmine {v:?}: exit {}\n{}", r.code, r.stderr);
}

/// Every file of a run's output, and the manifest's counts, inputs and settings.
fn assert_same_tables(a: &Path, b: &Path, what: &str) {
    let mut names: Vec<String> =
        std::fs::read_dir(a).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".parquet")).collect();
    names.sort();
    assert!(names.len() >= 9, "{what}: tables {names:?}");
    for n in &names {
        let x = std::fs::read(a.join(n)).unwrap();
        let y = std::fs::read(b.join(n)).unwrap_or_else(|_| panic!("{what}: {n} missing from the merge"));
        assert!(x == y, "{what}: {n} differs from the single run");
    }
    let (ma, mb) = (manifest(a), manifest(b));
    for k in ["counts", "inputs", "settings", "lexicons", "alerts"] {
        assert_eq!(ma[k], mb[k], "{what}: manifest {k}");
    }
}

#[test]
fn merged_shards_equal_one_run_for_any_number_of_shards() {
    let tmp = tempfile::tempdir().unwrap();
    let args = run_args();
    let single = tmp.path().join("single");
    run(&args, &["--out", single.to_str().unwrap()], tmp.path(), &[]);
    let m = manifest(&single);
    assert!(m["counts"]["phrase_floor"].as_u64().unwrap() > 0, "the test must exercise phrase pruning");
    assert!(m["counts"]["rows_read"].as_u64().unwrap() > 600);
    for n in [1usize, 2, 3, 7] {
        let parts = tmp.path().join(format!("parts{n}"));
        for k in 0..n {
            run(&args, &["--partial", parts.to_str().unwrap(), "--shard", &format!("{k}/{n}")], tmp.path(), &[]);
        }
        let merged = tmp.path().join(format!("merged{n}"));
        let r = vocmine(&["merge", parts.to_str().unwrap(), "--out", merged.to_str().unwrap()], tmp.path());
        assert_eq!(r.code, 0, "merge of {n} shards: {}", r.stderr);
        assert_same_tables(&single, &merged, &format!("{n} shards"));
    }
}

#[test]
fn shard_index_comes_from_kubernetes_and_slurm_environments() {
    let tmp = tempfile::tempdir().unwrap();
    let args = run_args();
    let single = tmp.path().join("single");
    run(&args, &["--out", single.to_str().unwrap()], tmp.path(), &[]);
    // Kubernetes Indexed Job: JOB_COMPLETION_INDEX, the count from the manifest's env
    let k8s = tmp.path().join("k8s");
    for k in 0..3 {
        let ks = k.to_string();
        run(&args, &["--partial", k8s.to_str().unwrap()], tmp.path(), &[("JOB_COMPLETION_INDEX", &ks), ("VOCMINE_SHARDS", "3")]);
    }
    // Slurm array --array=1-3: ids from 1, SLURM_ARRAY_TASK_MIN=1
    let slurm = tmp.path().join("slurm");
    for id in 1..=3 {
        let ids = id.to_string();
        run(
            &args,
            &["--partial", slurm.to_str().unwrap()],
            tmp.path(),
            &[("SLURM_ARRAY_TASK_ID", &ids), ("SLURM_ARRAY_TASK_COUNT", "3"), ("SLURM_ARRAY_TASK_MIN", "1")],
        );
    }
    for (name, parts) in [("kubernetes", &k8s), ("slurm", &slurm)] {
        let names: Vec<String> = (0..3).map(|k| format!("shard-{k:04}-of-0003")).collect();
        for n in &names {
            assert!(parts.join(n).join("part.json").is_file(), "{name}: {n}");
        }
        let merged = tmp.path().join(format!("merged-{name}"));
        let r = vocmine(&["merge", parts.to_str().unwrap(), "--out", merged.to_str().unwrap()], tmp.path());
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert_same_tables(&single, &merged, name);
    }
    // an index without a count is refused
    let r = vocmine_env(&["run", args[1].as_str(), "--partial", "p"], tmp.path(), &[("JOB_COMPLETION_INDEX", "1")]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("VOCMINE_SHARDS"), "{}", r.stderr);
}

#[test]
fn incremental_merge_of_two_runs_equals_one_run_over_both() {
    let tmp = tempfile::tempdir().unwrap();
    let d = root().join("data");
    let (a, b) = (d.join("reviews.csv"), d.join("tickets.csv"));
    let flags = ["--persona", "plan", "--quiet"];
    let single = tmp.path().join("single");
    let mut v = vec!["run", a.to_str().unwrap(), b.to_str().unwrap(), "--out", single.to_str().unwrap()];
    v.extend(flags);
    assert!(vocmine(&v, tmp.path()).code <= 1);
    // last week's run and tonight's, each a whole run as one part (0/1)
    for (name, f) in [("week1", &a), ("week2", &b)] {
        let p = tmp.path().join("parts").join(name);
        let mut v = vec!["run", f.to_str().unwrap(), "--partial", p.to_str().unwrap()];
        v.extend(flags);
        let r = vocmine_env(&v, tmp.path(), &[]);
        assert!(r.code <= 1, "{}", r.stderr);
    }
    let merged = tmp.path().join("merged");
    let p = tmp.path().join("parts");
    let r = vocmine(&["merge", p.join("week1").to_str().unwrap(), p.join("week2").to_str().unwrap(), "--out", merged.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_same_tables(&single, &merged, "incremental");
    // the same run twice would count its rows twice: refused
    let r = vocmine(
        &["merge", p.join("week1").to_str().unwrap(), p.join("week1").to_str().unwrap(), "--out", tmp.path().join("twice").to_str().unwrap()],
        tmp.path(),
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("given twice") || r.stderr.contains("two runs"), "{}", r.stderr);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn parts_that_do_not_fit_together_are_refused_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let args = run_args();
    let parts = tmp.path().join("parts");
    for k in 0..3 {
        run(&args, &["--partial", parts.to_str().unwrap(), "--shard", &format!("{k}/3")], tmp.path(), &[]);
    }
    let shard = |k: usize| parts.join(format!("shard-{k:04}-of-0003"));
    let out = tmp.path().join("out");
    let refused = |dirs: &[PathBuf], extra: &[&str], expect: &str| {
        let mut v: Vec<String> = vec!["merge".into()];
        v.extend(dirs.iter().map(|d| d.display().to_string()));
        v.extend(["--out".to_string(), out.display().to_string()]);
        v.extend(extra.iter().map(|s| s.to_string()));
        let r = vocmine(&v.iter().map(String::as_str).collect::<Vec<_>>(), tmp.path());
        assert_eq!(r.code, 2, "{expect}: {}", r.stderr);
        assert!(r.stderr.contains(expect), "expected {expect:?} in: {}", r.stderr);
        assert!(!out.exists(), "{expect}: --out was written");
    };
    // a missing shard
    refused(&[shard(0), shard(2)], &[], "shard(s) 1 of 3 missing");
    // a duplicated shard (the same part copied elsewhere)
    let copy = tmp.path().join("copy").join("shard-0001-of-0003");
    copy_dir(&shard(1), &copy);
    refused(&[shard(0), shard(1), copy.clone(), shard(2)], &[], "shard 1 of 3 is given twice");
    // other lexicons: the bundled set plus one term
    let lex = tmp.path().join("lex");
    copy_dir(&root().join("lexicons"), &lex);
    let f = lex.join("themes").join("price.lex");
    let mut text = std::fs::read_to_string(&f).unwrap();
    text.push_str("\nzorblyqux\n");
    std::fs::write(&f, text).unwrap();
    refused(&[parts.clone()], &["--lexicons", lex.to_str().unwrap()], "other lexicons");
    // a shard made with other options
    let other = tmp.path().join("other");
    let mut a2 = args.clone();
    a2.extend(["--min-support".to_string(), "3".to_string()]);
    run(&a2, &["--partial", other.to_str().unwrap(), "--shard", "1/3"], tmp.path(), &[]);
    refused(&[shard(0), other.join("shard-0001-of-0003"), shard(2)], &[], "different run options");
    // a part left by a crashed shard: no part.json
    std::fs::remove_file(shard(2).join("part.json")).unwrap();
    refused(&[parts.clone()], &[], "not a complete part");
}
