#!/usr/bin/env python3
"""Runs pith over JSON-lines partitions on a Dask distributed cluster.

Every input line is one record, {"id": ..., "url": ..., "html" or "text": ...}.
Each partition of lines is piped through `pith --from-jsonl` on a worker, and
comes back as pith's result lines: one per record, in the same order, with
the record's id (a record pith cannot read gives a line with "error").

    # on a cluster: pith must be installed on every worker (same path)
    python3 recipes/dask_pith.py --scheduler tcp://scheduler:8786 -o out/ 'records/*.jsonl'
    # on this machine, with two worker processes
    python3 recipes/dask_pith.py --local 2 -o out/ records.jsonl

The results are written as out/part-NNNN.jsonl. Needs Debian's
python3-distributed (dask and distributed).

From Python, on a bag of lines you already have:

    client.upload_file("recipes/dask_pith.py")
    import dask_pith
    results = dask_pith.extract(dask.bag.read_text(paths), pith="/usr/bin/pith")
"""

import argparse
import os
import subprocess
import sys


def run_pith(lines, pith="pith", jobs=1):
    """One partition: JSON-lines records in, pith's result lines out."""
    records = [line if line.endswith("\n") else line + "\n" for line in lines if line.strip()]
    if not records:
        return []
    # --failures-ok: a record that fails is reported in its own line, and
    # must not fail the whole partition.
    proc = subprocess.run(
        [pith, "--from-jsonl", "--failures-ok", "-q", "-j", str(jobs)],
        input="".join(records).encode("utf-8"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError("pith exited with %d: %s" % (proc.returncode, proc.stderr.decode("utf-8", "replace")))
    out = proc.stdout.decode("utf-8").splitlines()
    if len(out) != len(records):
        raise RuntimeError("pith gave %d lines for %d records" % (len(out), len(records)))
    return out


def extract(bag, pith="pith", jobs=1):
    """A bag of JSON-lines records to a bag of pith's result lines, in order."""
    return bag.map_partitions(run_pith, pith=pith, jobs=jobs)


def main(argv=None):
    import dask.bag as db
    from distributed import Client, LocalCluster

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="JSON-lines files or globs (also .gz)")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler")
    where.add_argument("--local", type=int, metavar="N", help="start a LocalCluster with N worker processes")
    parser.add_argument("-o", "--output", required=True, help="folder for the part-NNNN.jsonl results")
    parser.add_argument("--pith", default="pith", help="the pith binary on the workers (default: pith)")
    parser.add_argument("--jobs", type=int, default=1, help="pith threads per partition (default 1)")
    parser.add_argument("--blocksize", default="16MiB", help="bytes of input per partition (default 16MiB)")
    args = parser.parse_args(argv)

    cluster = None
    if args.local:
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, dashboard_address=None)
    client = Client(cluster or args.scheduler)
    try:
        # Workers import run_pith from this file.
        client.upload_file(os.path.abspath(__file__))
        compression = "infer"
        blocksize = None if any(p.endswith(".gz") for p in args.inputs) else args.blocksize
        bag = db.read_text(args.inputs, blocksize=blocksize, compression=compression, encoding="utf-8")
        os.makedirs(args.output, exist_ok=True)
        extract(bag, args.pith, args.jobs).to_textfiles(
            os.path.join(args.output, "part-*.jsonl"), name_function=lambda i: "%04d" % i)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
