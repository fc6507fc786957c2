"""Run vocmine over a Spark DataFrame and get the tables of one run.

    from vocmine_spark import run_vocmine
    manifest = run_vocmine(df, out="/shared/out/nightly", work_dir="/shared/vocmine-work",
                           flags=["--persona", "plan", "--text", "body"])

How: each partition of the DataFrame is written, on its executor, as one JSON Lines
file (`WORK/inputs/part-NNNNN.jsonl`, one object per row) and analysed there by
`vocmine run part-NNNNN.jsonl --partial WORK/parts/p-NNNNN` (a whole run over that
file, kept as a part); the driver then runs `vocmine merge` over the parts in partition
order. The tables are byte-identical to those of one `vocmine run` over the partition
files in that order (`vocmine merge` replays every part exactly; see the README,
"Running on many machines").

Why this recipe, and not `mapInArrow` or `RDD.pipe`:
- persona statistics (shares with intervals, lift, G², q-values, quote ranks) must be
  computed once from merged counts; `pipe` over the streaming mode gives per-document
  results only, and per-partition tables cannot be averaged. Parts and `merge` are
  vocmine's exact path for that, the same one the Kubernetes and Slurm recipes use;
- the partition file is the unit of work a failed task redoes (Spark retries the task;
  a part is replaced as a whole), and it stays on disk as the record of what was read;
- vocmine stays a plain binary on the executors (no Arrow IPC between JVM, Python and
  Rust), so any Spark version with Python works.

Requirements: this module on the executors too (`spark-submit --py-files
vocmine_spark.py`, or `spark.sparkContext.addPyFile(...)`), the `vocmine` binary on every executor (in the image, or shipped with
`--files` and given by path), and `work_dir` on storage every executor and the driver
can reach (a shared file system; with object stores, mount them).
"""

import datetime
import decimal
import json
import os
import shutil
import subprocess

__all__ = ["run_vocmine"]


def _json_value(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, (bytes, bytearray)):
        return v.decode("utf-8", "replace")
    return str(v)


def _partition_runner(vocmine, work_dir, flags):
    inputs = os.path.join(work_dir, "inputs")
    parts = os.path.join(work_dir, "parts")

    def run_partition(index, rows):
        os.makedirs(inputs, exist_ok=True)
        name = f"part-{index:05d}.jsonl"
        tmp = os.path.join(inputs, f".{name}.tmp-{os.getpid()}")
        n = 0
        with open(tmp, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row.asDict(recursive=True), ensure_ascii=False, default=_json_value))
                fh.write("\n")
                n += 1
        os.replace(tmp, os.path.join(inputs, name))
        # relative file name: the tables' `source` column names the partition file
        cmd = [vocmine, "run", name, *flags, "--partial", os.path.join(parts, f"p-{index:05d}"), "--quiet"]
        r = subprocess.run(cmd, cwd=inputs, capture_output=True, text=True)
        # 1: some rows were rejected (they are in the part's rejects); anything else fails the task
        if r.returncode not in (0, 1):
            raise RuntimeError(f"vocmine failed on partition {index} (exit {r.returncode}): {r.stderr.strip()}")
        yield (index, n, r.returncode)

    return run_partition


def run_vocmine(df, out, work_dir, flags=(), vocmine="vocmine", merge_flags=(), keep_work=True):
    """Runs vocmine on every partition of `df` and merges the parts into `out`.

    `flags` are `vocmine run` flags (columns, persona dimensions, lexicons…; paths must
    be absolute and valid on the executors: vocmine runs in WORK/inputs there); `merge_flags` go to `vocmine merge` (`--report`,
    `--lexicons` when the run used non-default ones). Returns `out`'s manifest as a dict.
    `work_dir` is emptied first; it keeps the partition files and parts afterwards
    unless `keep_work` is false.
    """
    flags = list(flags)
    if any(f in ("--out", "-o", "--partial", "--shard", "--shards") for f in flags):
        raise ValueError("flags must not set --out, --partial or --shard: run_vocmine sets them")
    shutil.rmtree(work_dir, ignore_errors=True)
    os.makedirs(os.path.join(work_dir, "parts"), exist_ok=True)
    done = df.rdd.mapPartitionsWithIndex(_partition_runner(vocmine, work_dir, flags)).collect()
    done.sort()
    if not done:
        raise ValueError("the DataFrame has no partitions")
    parts = [os.path.join(work_dir, "parts", f"p-{i:05d}", "shard-0000-of-0001") for i, _, _ in done]
    r = subprocess.run([vocmine, "merge", *parts, "--out", out, "--quiet", *merge_flags], capture_output=True, text=True)
    if r.returncode not in (0, 1, 3):
        raise RuntimeError(f"vocmine merge failed (exit {r.returncode}): {r.stderr.strip()}")
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    if not keep_work:
        shutil.rmtree(work_dir, ignore_errors=True)
    return manifest
