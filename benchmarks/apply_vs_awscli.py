#!/usr/bin/env python3
"""(c) The onboarding of examples/specs/full.yaml on moto, side by side in one run:
`hyperpod-prereqs apply --backend aws` against one fresh moto server, and the same onboarding as
an AWS CLI script (benchmarks/onboard_full_awscli.sh) against another. Both without the VPC-only
bucket policy, which moto cannot honour for the caller (it has no aws:PrincipalArn). Rounds
alternate which goes first. The tool runs as users run it, through the ./hyperpod-prereqs
launcher. Each fresh moto server is warmed before it is timed: a fresh moto spends 10-15 s of its
own on its first EC2 request (it loads its EC2 fixtures) and about 1 s on its first IAM request
(the AWS managed policies), which whichever client comes first would pay; --cold times them too.

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

import boto3
from botocore.config import Config

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wire_calls_per_second import ROOT, start_moto  # noqa: E402

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


def warm(endpoint):
    """One read per service the onboarding uses, so that moto's own first-use loading is done."""
    session = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing",
                                    region_name="us-west-2")
    config = Config(retries={"max_attempts": 1})
    client = lambda name: session.client(name, endpoint_url=endpoint, config=config)  # noqa: E731
    reads = [("sts", lambda c: c.get_caller_identity()), ("iam", lambda c: c.list_roles()),
             ("ec2", lambda c: c.describe_availability_zones()),
             ("s3", lambda c: c.list_buckets()), ("fsx", lambda c: c.describe_file_systems()),
             ("ssm", lambda c: c.list_documents(MaxResults=1)),
             ("service-quotas",
              lambda c: c.list_aws_default_service_quotas(ServiceCode="sagemaker"))]
    for name, read in reads:
        try:
            read(client(name))
        except Exception:  # noqa: BLE001 - an error answer warms the server as well
            pass

def tool(endpoint, spec):
    return timed([os.path.join(ROOT, "hyperpod-prereqs"), "apply", spec, "--yes", "--backend",
                  "aws", "--endpoint-url", endpoint, "--region", "us-west-2"])


def awscli(endpoint, _spec):
    return timed(["bash", SCRIPT, endpoint])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cold", action="store_true",
                        help="time moto's own first-use loading too (no warm-up)")
    args = parser.parse_args()
    load = float(open("/proc/loadavg").read().split()[0])
    with tempfile.TemporaryDirectory() as work:
        spec = spec_without_bucket_policy(work)
        times = {"hyperpod-prereqs apply": [], "AWS CLI script": []}
        runners = [("hyperpod-prereqs apply", tool), ("AWS CLI script", awscli)]
        for round_ in range(args.rounds):
            for name, runner in (runners if round_ % 2 == 0 else runners[::-1]):
                process, endpoint = start_moto()
                try:
                    if not args.cold:
                        warm(endpoint)
                    times[name].append(runner(endpoint, spec))
                finally:
                    process.terminate()
                    process.wait()
    ours = statistics.median(times["hyperpod-prereqs apply"])
    theirs = statistics.median(times["AWS CLI script"])
    print("full.yaml onboarding on moto (%s), median of %d rounds, load %.1f at the start:" % (
        "cold servers" if args.cold else "warmed servers", args.rounds, load))
    for name, values in times.items():
        print("  %-38s %s" % (name, " ".join("%.2f" % v for v in values)))
    print("  hyperpod-prereqs apply --backend aws  %7.2f s" % ours)
    print("  AWS CLI script                        %7.2f s" % theirs)
    print("  ratio                                 %7.1fx" % (theirs / ours))


if __name__ == "__main__":
    main()
