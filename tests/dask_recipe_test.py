#!/usr/bin/python3
# Runs recipes/dask_pith.py on a Dask LocalCluster with two worker processes
# and checks that every record comes back once, in order, with its id.
# Debian's python3, where python3-distributed (tools/setup) installs.
#   tests/dask_recipe_test.py PITH_BINARY SOURCE_DIR
import glob
import json
import os
import sys
import tempfile

pith, src = os.path.abspath(sys.argv[1]), sys.argv[2]
sys.path.insert(0, os.path.join(src, "recipes"))

try:
    import dask.bag as db
    from distributed import Client, LocalCluster, get_task_stream
except ImportError as e:
    sys.exit("dask_recipe_test: %s (install python3-distributed: tools/setup)" % e)

import dask_pith  # noqa: E402

failures = []


def check(what, ok):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def load(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    fixtures = sorted(glob.glob(os.path.join(src, "fixtures", "*", "expected.json")))
    pages = []
    for expected in fixtures:
        d = os.path.dirname(expected)
        kind = "html" if os.path.exists(os.path.join(d, "input.html")) else "text"
        if kind == "text" and not os.path.exists(os.path.join(d, "input.txt")):
            continue  # a saved-page format the records do not carry (MHTML)
        try:
            content = load(os.path.join(d, "input." + ("html" if kind == "html" else "txt")))
        except UnicodeDecodeError:  # a page in a legacy encoding: a record carries text
            continue
        record = json.loads(load(expected))
        if "error" in record:  # a page that is not an article
            continue
        pages.append((kind, content, record["headline"]))

    with tempfile.TemporaryDirectory() as tmp:
        ids, headlines, paths = [], {}, []
        n = 0
        for part in range(3):
            path = os.path.join(tmp, "records-%d.jsonl" % part)
            paths.append(path)
            with open(path, "w", encoding="utf-8") as f:
                for _ in range(8):
                    kind, content, headline = pages[n % len(pages)]
                    rid = "rec-%03d" % n
                    f.write(json.dumps({"id": rid, "url": "https://example.com/%d" % n, kind: content}) + "\n")
                    ids.append(rid)
                    headlines[rid] = headline
                    n += 1
                f.write("\n")  # a blank line is no record
                f.write('{"id": "broken-%d", "html": \n' % part)
                ids.append(None)

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            client.upload_file(dask_pith.__file__)
            bag = db.read_text(paths, blocksize=60_000)
            check("input is split into several partitions", bag.npartitions > 3)
            with get_task_stream(client) as tasks:
                lines = dask_pith.extract(bag, pith).compute()
            records = [json.loads(line) for line in lines]
            got_ids = [r["id"] for r in records]
            check("one result per record", len(records) == len(ids))
            check("ids come back once each, in input order", got_ids == ids)
            check("each record has its page's headline",
                  all(r.get("headline") == headlines[r["id"]] for r in records if r["id"] is not None))
            check("malformed lines give error lines",
                  sum(1 for r in records if r["id"] is None and r["error"].startswith("malformed JSON")) == 3)
            check("both workers ran partitions", len({t["worker"] for t in tasks.data}) == 2)

            out = os.path.join(tmp, "out")
            dask_pith.main(["--scheduler", cluster.scheduler_address, "-o", out, "--pith", pith,
                            "--blocksize", "60000"] + paths)
            written = []
            for part in sorted(glob.glob(os.path.join(out, "part-*.jsonl"))):
                written += load(part).splitlines()
            check("the command line writes the same lines", written == lines)

    print("%d passed, %d failed" % (7 - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
