#!/usr/bin/env python3
"""(c) The onboarding of examples/specs/full.yaml on moto, side by side in one run:
`hyperpod-prereqs apply --backend aws` against one fresh moto server, and the same onboarding as
an AWS CLI script (benchmarks/onboard_full_awscli.sh) against another. Both without the VPC-only
bucket policy, which moto cannot honour for the caller (it has no aws:PrincipalArn). Rounds
alternate which goes first.

    ./hyperpod-prereqs --help >/dev/null     # builds the jar
    python3 benchmarks/apply_vs_awscli.py [--rounds 3]
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wire_calls_per_second import JAR, ROOT, start_moto  # noqa: E402

SCRIPT = os.path.join(ROOT, "benchmarks", "onboard_full_awscli.sh")
FULL = os.path.join(ROOT, "examples", "specs", "full.yaml")
ENV = dict(os.environ, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing",
           AWS_DEFAULT_REGION="us-west-2", AWS_REGION="us-west-2",
           RESTRICT_BUCKET_TO_VPC="false")


def spec_without_bucket_policy(work):
    with open(FULL) as f:
        text = f.read()
    text, n = re.subn(r"restrictBucketToVpc: true", "restrictBucketToVpc: false", text)
    if n != 1:
        sys.exit("full.yaml no longer has 'restrictBucketToVpc: true'; update this benchmark")
    path = os.path.join(work, "full.yaml")
    with open(path, "w") as f:
        f.write(text)
    return path


def timed(command):
    start = time.perf_counter()
    done = subprocess.run(command, env=ENV, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("%s failed (%d):\n%s%s" % (command[0], done.returncode, done.stdout, done.stderr))
    return elapsed


def tool(endpoint, spec):
    return timed(["java", "-jar", JAR, "apply", spec, "--yes", "--backend", "aws",
                  "--endpoint-url", endpoint, "--region", "us-west-2"])


def awscli(endpoint, _spec):
    return timed(["bash", SCRIPT, endpoint])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        spec = spec_without_bucket_policy(work)
        times = {"hyperpod-prereqs apply": [], "AWS CLI script": []}
        runners = [("hyperpod-prereqs apply", tool), ("AWS CLI script", awscli)]
        for round_ in range(args.rounds):
            for name, runner in (runners if round_ % 2 == 0 else runners[::-1]):
                process, endpoint = start_moto()
                try:
                    times[name].append(runner(endpoint, spec))
                finally:
                    process.terminate()
                    process.wait()
    ours = statistics.median(times["hyperpod-prereqs apply"])
    theirs = statistics.median(times["AWS CLI script"])
    print("full.yaml onboarding on moto, median of %d rounds:" % args.rounds)
    print("  hyperpod-prereqs apply --backend aws  %7.2f s" % ours)
    print("  AWS CLI script                        %7.2f s" % theirs)
    print("  ratio                                 %7.1fx" % (theirs / ours))


if __name__ == "__main__":
    main()
