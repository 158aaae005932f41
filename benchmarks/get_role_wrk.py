#!/usr/bin/env python3
"""(f) Requests per second of IAM GetRole, the served simulator vs moto server, side by side in
one run, measured with wrk (2 threads, 8 connections). Each server starts fresh on a free port,
gets one role, and is stopped at the end. The first second is measured on its own (a cold
server: no warm-up), then a longer window.

    ./hyperpod-prereqs --help >/dev/null      # builds cli/target/hyperpod-prereqs.jar
    python3 benchmarks/get_role_wrk.py [--seconds 10]

Needs wrk (Debian: apt-get install wrk) and moto.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wire_calls_per_second import TRUST, start_moto, start_simulator  # noqa: E402

import boto3  # noqa: E402
from botocore.config import Config  # noqa: E402

LUA = r"""
wrk.method = "POST"
wrk.body = "Action=GetRole&RoleName=wrk-role&Version=2010-05-08"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKIDWRK/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00"
wrk.headers["X-Amz-Date"] = "20260101T000000Z"
"""


def create_role(endpoint):
    iam = boto3.session.Session(aws_access_key_id="test", aws_secret_access_key="test",
                                region_name="us-east-1").client(
        "iam", endpoint_url=endpoint, config=Config(retries={"max_attempts": 1}))
    iam.create_role(RoleName="wrk-role", AssumeRolePolicyDocument=TRUST)


def wrk(endpoint, script, seconds):
    out = subprocess.run(["wrk", "-t2", "-c8", "-d%ds" % seconds, "-s", script, endpoint + "/"],
                         check=True, capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        sys.exit("wrk got %s error answers from %s:\n%s" % (errors.group(1), endpoint, out))
    return rate


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("needs wrk: apt-get install wrk")
    work = tempfile.mkdtemp()
    script = os.path.join(work, "get_role.lua")
    with open(script, "w") as f:
        f.write(LUA)
    results = {}
    try:
        for name, start in (("simulator", lambda: start_simulator(work)), ("moto", start_moto)):
            process, endpoint = start()
            try:
                create_role(endpoint)
                first = wrk(endpoint, script, 1)
                steady = wrk(endpoint, script, args.seconds)
                results[name] = (first, steady)
            finally:
                process.terminate()
                process.wait()
    finally:
        shutil.rmtree(work)
    sim, moto = results["simulator"], results["moto"]
    print("IAM GetRole, wrk -t2 -c8:     first second   %ds window" % args.seconds)
    print("  simulator serve            %9.0f/s   %9.0f/s" % sim)
    print("  moto server                %9.0f/s   %9.0f/s" % moto)
    print("  ratio                      %9.1fx   %9.1fx" % (sim[0] / moto[0], sim[1] / moto[1]))


if __name__ == "__main__":
    main()
