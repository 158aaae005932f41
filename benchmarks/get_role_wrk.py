#!/usr/bin/env python3
"""(f) Requests per second of IAM GetRole, the served simulator vs moto server, side by side in
one run, measured with wrk (2 threads, 8 connections). Each server starts fresh on a free port
(the simulator as users start it: through the ./hyperpod-prereqs launcher), gets one role, and is
stopped at the end. The first second is measured on its own (a cold server: no warm-up), then a
longer window. --rounds N alternates the two servers N times and gives each round's ratios and
their spread, with the load average: on a shared machine the absolute rates move with the load.

    ./hyperpod-prereqs --help >/dev/null      # builds cli/target/hyperpod-prereqs.jar
    python3 benchmarks/get_role_wrk.py [--seconds 10] [--rounds 3]

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
from wire_calls_per_second import ROOT, TRUST, free_port, start_moto, wait_listening  # noqa: E402

import boto3  # noqa: E402
from botocore.config import Config  # noqa: E402

LUA = r"""
wrk.method = "POST"
wrk.body = "Action=GetRole&RoleName=wrk-role&Version=2010-05-08"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKIDWRK/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00"
wrk.headers["X-Amz-Date"] = "20260101T000000Z"
"""


def start_simulator(workdir):
    port = free_port()
    process = subprocess.Popen(
        [os.path.join(ROOT, "hyperpod-prereqs"), "simulator", "serve", "--port", str(port),
         "--simulator-state", os.path.join(workdir, "simulator-%d.json" % port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_listening(port, process, "simulator serve")
    return process, "http://127.0.0.1:%d" % port


def load():
    return float(open("/proc/loadavg").read().split()[0])


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
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("needs wrk: apt-get install wrk")
    work = tempfile.mkdtemp()
    script = os.path.join(work, "get_role.lua")
    with open(script, "w") as f:
        f.write(LUA)
    rounds = []
    try:
        for _ in range(args.rounds):
            results = {"load": load()}
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
            rounds.append(results)
    finally:
        shutil.rmtree(work)
    print("IAM GetRole, wrk -t2 -c8:   first second    %2ds window   load" % args.seconds)
    for i, r in enumerate(rounds, 1):
        sim, moto = r["simulator"], r["moto"]
        print("round %d simulator serve  %9.0f/s   %9.0f/s   %5.1f" % ((i,) + sim + (r["load"],)))
        print("        moto server      %9.0f/s   %9.0f/s" % moto)
        print("        ratio            %9.1fx   %9.1fx" % (sim[0] / moto[0], sim[1] / moto[1]))
    if len(rounds) > 1:
        for label, k in (("first second", 0), ("%ds window" % args.seconds, 1)):
            ratios = sorted(r["simulator"][k] / r["moto"][k] for r in rounds)
            print("ratio, %s: median %.1fx (%.1f-%.1fx over %d rounds)" % (
                label, ratios[len(ratios) // 2], ratios[0], ratios[-1], len(ratios)))


if __name__ == "__main__":
    main()
