"""Fills each conformance case's `expected` with the outcomes AWS recorded for its test.

usage: python3 conformance_import.py RECORDINGS_DIR CASES_DIR

RECORDINGS_DIR holds `SERVICE/test_FILE.snapshot.json` (responses recorded from real AWS, keyed
`tests/aws/services/SERVICE/test_FILE.py::Class::test`); a case's `recording` names the file
(`iam/test_iam`) and its `test` the key's rest. Only the recorded entries the case's steps match
are kept, without their HTTP headers (the suite compares bodies and statuses).
"""

import json
import os
import sys

from conformance import formatted


def recorded(recordings, case):
    with open(os.path.join(recordings, case["recording"] + ".snapshot.json"), encoding="utf-8") as f:
        snapshot = json.load(f)
    key = "tests/aws/services/%s.py::%s" % (case["recording"], case["test"])
    if key not in snapshot:
        raise SystemExit("no recording %s" % key)
    content = snapshot[key]["recorded-content"]
    wanted = [s["match"] for s in case["steps"] if s.get("match")]
    missing = [w for w in wanted if w not in content]
    if missing:
        raise SystemExit("%s records no %s" % (key, missing))
    entries = {}
    for name in wanted:
        entry = json.loads(json.dumps(content[name]))
        if isinstance(entry, dict) and isinstance(entry.get("ResponseMetadata"), dict):
            entry["ResponseMetadata"] = {
                "HTTPStatusCode": entry["ResponseMetadata"].get("HTTPStatusCode")}
        entries[name] = entry
    return entries


def main(recordings, directory):
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".json"):
            continue
        path = os.path.join(directory, name)
        with open(path, encoding="utf-8") as f:
            cases = json.load(f)
        for case in cases:
            case["expected"] = recorded(recordings, case)
        with open(path, "w", encoding="utf-8") as f:
            f.write("[\n" + ",\n".join(formatted(c) for c in cases) + "\n]\n")
        print("%s: %d cases" % (name, len(cases)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
