#!/usr/bin/env python3
"""The Spark recipe (python/vocmine_spark.py) in `local[2]` mode, with pyspark from PyPI:
a DataFrame of the sample reviews in 3 partitions is analysed partition by partition
and merged; the tables must be byte-identical to one `vocmine run` over the partition
files, and Spark must read every table with plain column types (no decimals, no
unsigned integers) and compute with them.

usage: spark_local.py VOCMINE_BIN
Exits 0 with a line starting SKIPPED when pyspark or Java is not available (never a
silent pass); exits 1 on any difference.
"""
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "python"))


def main():
    binary = str(Path(sys.argv[1]).resolve())
    try:
        import pandas
        from pyspark.sql import SparkSession
    except ImportError as e:
        print(f"SKIPPED: Spark test ({e}; install with: pip install pyspark pandas pyarrow)")
        return
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        print("SKIPPED: Spark test (no Java: Spark needs Java 17)")
        return
    from vocmine_spark import run_vocmine

    spark = SparkSession.builder.master("local[2]").appName("vocmine-test").config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    # executors import the module too (in a cluster: spark-submit --py-files vocmine_spark.py)
    spark.sparkContext.addPyFile(str(ROOT / "python/vocmine_spark.py"))
    failures = []
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        pdf = pandas.read_csv(ROOT / "data/reviews.csv", dtype=str, keep_default_na=False)
        df = spark.createDataFrame(pdf).repartition(3)
        flags = ["--persona", "plan", "--persona", "role"]
        work, out = tmp / "work", tmp / "out"
        manifest = run_vocmine(df, str(out), str(work), flags=flags, vocmine=binary)
        files = sorted(p.name for p in (work / "inputs").glob("part-*.jsonl"))
        print(f"spark: {len(files)} partitions, {manifest['counts']['analysed']} documents analysed, tables in {out}")
        if manifest["counts"]["rows_read"] != len(pdf):
            failures.append(f"rows_read {manifest['counts']['rows_read']} != {len(pdf)} rows of the DataFrame")
        single = tmp / "single"
        r = subprocess.run([binary, "run", *files, *flags, "--out", str(single), "--quiet"], cwd=work / "inputs", capture_output=True, text=True)
        if r.returncode not in (0, 1):
            sys.exit(f"single run failed: {r.stderr}")
        tables = sorted(p.name for p in single.glob("*.parquet"))
        for name in tables:
            if not filecmp.cmp(single / name, out / name, shallow=False):
                failures.append(f"{name} differs from the single run")
        ms = json.loads((single / "manifest.json").read_text())
        for k in ("counts", "inputs", "settings", "lexicons"):
            if ms[k] != manifest[k]:
                failures.append(f"manifest {k} differs from the single run")
        print(f"spark: {len(tables)} tables compared with a single run over the partition files")

        # every table read by Spark, with plain types
        plain = {"string", "bigint", "int", "smallint", "tinyint", "double", "float", "boolean", "date", "timestamp", "timestamp_ntz"}
        for name in tables:
            sdf = spark.read.parquet(str(out / name))
            odd = [(c, ty) for c, ty in sdf.dtypes if ty not in plain]
            if odd:
                failures.append(f"{name}: column types Spark does not read as plain values: {odd}")
            sdf.count()
        et = spark.read.parquet(str(out / "emergent_terms.parquet"))
        # signed arithmetic on counts (unsigned columns wrapped around or were refused);
        # a phrase's documents in a persona never exceed the persona's documents
        neg = et.filter(et.persona_docs - et.docs < 0).count()
        if neg:
            failures.append(f"emergent_terms: {neg} rows with persona_docs - docs < 0")
        pt = spark.read.parquet(str(out / "persona_themes.parquet"))
        total = pt.groupBy().sum("docs").collect()[0][0]
        print(f"spark: read {len(tables)} tables; sum(persona_themes.docs) = {total}")
    spark.stop()
    if failures:
        for f in failures:
            print("FAIL:", f)
        sys.exit(1)
    print("spark: merged tables identical to a single run; all column types plain")


if __name__ == "__main__":
    main()
