#!/usr/bin/env python3
"""Runs the scale-out recipes locally and checks that the merged tables are
byte-identical to one `vocmine run` over the same inputs:

1. `run --shard K/N --partial` for every K, then `merge`, for each N given;
2. the Slurm array script (deploy/slurm/shards.sbatch + merge.sbatch), each array
   task run as a local process with the SLURM_ARRAY_* variables Slurm would set;
3. the Kubernetes Indexed Job (deploy/kubernetes/shards-job.yaml + merge-job.yaml),
   each pod's command run as a local process with JOB_COMPLETION_INDEX and the
   manifest's environment (paths pointed at a temporary directory).

usage: deploy_local.py VOCMINE_BIN INPUT... [--shards 1,2,3,7] [--flags "--persona plan"]
"""
import argparse
import filecmp
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd, env=None, shell=False):
    r = subprocess.run(cmd, env=env, shell=shell, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"FAILED (exit {r.returncode}): {cmd}\n{r.stderr}")
    return r


def compare(single: Path, merged: Path, what: str) -> bool:
    tables = sorted(p.name for p in single.glob("*.parquet"))
    bad = [t for t in tables if not (merged / t).is_file() or not filecmp.cmp(single / t, merged / t, shallow=False)]
    ma = json.loads((single / "manifest.json").read_text())
    mb = json.loads((merged / "manifest.json").read_text())
    bad += [f"manifest {k}" for k in ("counts", "inputs", "settings", "lexicons") if ma[k] != mb[k]]
    status = "identical" if not bad else "DIFFERENT: " + ", ".join(bad)
    print(f"{what}: {len(tables)} tables {status}")
    return not bad


def slurm(binary, inputs, flags, tmp: Path, single: Path) -> bool:
    script = (ROOT / "deploy/slurm/shards.sbatch").read_text()
    lo, hi = map(int, re.search(r"#SBATCH --array=(\d+)-(\d+)", script).group(1, 2))
    parts, out = tmp / "slurm-parts", tmp / "slurm-out"
    base = dict(os.environ, VOCMINE=binary, INPUTS=" ".join(shlex.quote(i) for i in inputs), PARTS=str(parts), OUT=str(out))
    for task in range(lo, hi + 1):
        env = dict(base, SLURM_ARRAY_TASK_ID=str(task), SLURM_ARRAY_TASK_COUNT=str(hi - lo + 1), SLURM_ARRAY_TASK_MIN=str(lo), SLURM_CPUS_PER_TASK="1")
        run(["bash", str(ROOT / "deploy/slurm/shards.sbatch")], env=env)
    run(["bash", str(ROOT / "deploy/slurm/merge.sbatch")], env=base)
    return compare(single, out, f"slurm array {lo}-{hi} + merge")


def kubernetes(binary, inputs, tmp: Path, single: Path) -> bool:
    try:
        import yaml
    except ImportError:
        print("SKIPPED: kubernetes manifests (PyYAML is not installed)")
        return True
    job = yaml.safe_load((ROOT / "deploy/kubernetes/shards-job.yaml").read_text())
    merge = yaml.safe_load((ROOT / "deploy/kubernetes/merge-job.yaml").read_text())
    n = job["spec"]["completions"]
    parts, out = tmp / "k8s-parts", tmp / "k8s-out"
    local = {"INPUTS": " ".join(shlex.quote(i) for i in inputs), "PARTS": str(parts), "OUT": str(out)}
    path = str(Path(binary).resolve().parent) + os.pathsep + os.environ.get("PATH", "")

    def pod(spec, index=None):
        c = spec["spec"]["template"]["spec"]["containers"][0]
        env = {e["name"]: e["value"] for e in c.get("env", [])}
        env.update({k: v for k, v in local.items() if k in env})
        env = dict(os.environ, PATH=path, **env)
        env.pop("JOB_COMPLETION_INDEX", None)
        if index is not None:
            env["JOB_COMPLETION_INDEX"] = str(index)
        run(c["command"] + c["args"], env=env)

    for k in range(n):
        pod(job, k)
    pod(merge)
    return compare(single, out, f"kubernetes indexed job ({n} pods) + merge job")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--shards", default="1,2,3,7")
    ap.add_argument("--flags", default="--persona plan --persona role")
    a = ap.parse_args()
    binary = str(Path(a.binary).resolve())
    inputs = [str(Path(i).resolve()) for i in a.inputs]
    flags = shlex.split(a.flags)
    ok = True
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        single = tmp / "single"
        run([binary, "run", *inputs, *flags, "--out", str(single), "--quiet"])
        for n in [int(x) for x in a.shards.split(",") if x]:
            parts = tmp / f"parts{n}"
            for k in range(n):
                run([binary, "run", *inputs, *flags, "--partial", str(parts), "--shard", f"{k}/{n}", "--quiet"])
            run([binary, "merge", str(parts), "--out", str(tmp / f"merged{n}"), "--quiet"])
            ok &= compare(single, tmp / f"merged{n}", f"--shard K/{n} + merge")
        # the deploy recipes use the flags written in them: compare with a run with those
        script = (ROOT / "deploy/slurm/shards.sbatch").read_text()
        line = next(l for l in script.splitlines() if l.startswith("$VOCMINE run"))
        recipe_flags = shlex.split(line.split("$INPUTS", 1)[1].split("--partial", 1)[0])
        single_recipe = tmp / "single-recipe"
        run([binary, "run", *inputs, *recipe_flags, "--out", str(single_recipe), "--quiet"])
        ok &= slurm(binary, inputs, recipe_flags, tmp, single_recipe)
        ok &= kubernetes(binary, inputs, tmp, single_recipe)
    if not ok:
        sys.exit("scale-out recipes: merged tables differ from a single run")
    print("scale-out recipes: all merged tables identical to a single run")


if __name__ == "__main__":
    main()
