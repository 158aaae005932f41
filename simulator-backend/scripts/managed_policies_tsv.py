"""Writes the simulator's AWS managed policy catalog resource from AWS's published catalog.

usage: python3 managed_policies_tsv.py CATALOG.json.gz OUT.tsv.gz

CATALOG.json.gz maps each policy name to {Path, DefaultVersionId, Document, CreateDate,
UpdateDate}. OUT holds one policy per line, tab-separated: name, path, default version id,
create date, update date, and the document as compact JSON (which holds no tab or newline), so the
simulator reads it without a JSON parse of the whole catalog.
"""

import gzip
import json
import sys


def main(source, target):
    catalog = json.load(gzip.open(source, "rt", encoding="utf-8"))
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=9) as out:
        for name in sorted(catalog):
            p = catalog[name]
            document = json.dumps(p["Document"], separators=(",", ":"), ensure_ascii=False)
            fields = [name, p["Path"], p["DefaultVersionId"], p["CreateDate"], p["UpdateDate"],
                      document]
            assert not any("\t" in f or "\n" in f for f in fields), name
            out.write("\t".join(fields) + "\n")
    print("%d policies" % len(catalog))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
