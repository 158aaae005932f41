#!/usr/bin/env python3
"""Whole-command start-up, side by side in one run: the CLI jar run plainly (java -jar) and as the
./hyperpod-prereqs launcher runs it (class-data-sharing archive, C1 only). Rounds interleave the
configurations, so that a machine's load falls on all of them alike; the report gives the median
wall time, the median CPU time (user+sys, less sensitive to load) and the ratios.

    ./hyperpod-prereqs --help >/dev/null        # builds the jar and its archive
    python3 benchmarks/startup.py [--rounds 15]

Commands: `--help`, and a no-op `plan` of the quickstart on the embedded simulator (applied once
first, on a throw-away state file).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "cli", "target", "hyperpod-prereqs.jar")
JSA = os.path.join(ROOT, "cli", "target", "hyperpod-prereqs.jsa")
QUICKSTART = os.path.join(ROOT, "examples", "specs", "quickstart.yaml")

CONFIGS = {
    "plain": [],
    "launcher (CDS + C1)": ["-XX:SharedArchiveFile=" + JSA, "-Xlog:cds=off",
                            "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1"],
}


def run(java_opts, args):
    """Runs one command; returns (wall seconds, cpu seconds)."""
    start = time.perf_counter()
    proc = subprocess.Popen(["java", *java_opts, "-jar", JAR, *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 2):
        sys.exit(f"{' '.join(args)} exited {code}")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    options = parser.parse_args()
    if not os.path.exists(JAR) or not os.path.exists(JSA):
        sys.exit("build first: ./hyperpod-prereqs --help (makes the jar and its CDS archive)")
    work = tempfile.mkdtemp()
    try:
        state = os.path.join(work, "simulator.json")
        subprocess.run(["java", "-jar", JAR, "apply", QUICKSTART, "--yes", "--simulator-state",
                        state], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        commands = {
            "--help": ["--help"],
            "no-op plan (quickstart)": ["plan", QUICKSTART, "--simulator-state", state],
        }
        results = {(c, k): [] for c in commands for k in CONFIGS}
        for _ in range(options.rounds):
            for command, args in commands.items():
                for config, opts in CONFIGS.items():
                    results[(command, config)].append(run(opts, args))
        print(f"{'command':28} {'configuration':22} {'wall p50':>9} {'cpu p50':>9}")
        for command in commands:
            base = None
            for config in CONFIGS:
                walls = [w for w, _ in results[(command, config)]]
                cpus = [c for _, c in results[(command, config)]]
                wall, cpu = statistics.median(walls), statistics.median(cpus)
                ratio = "" if base is None else f"  {base[0] / wall:.2f}x wall, {base[1] / cpu:.2f}x cpu"
                base = base or (wall, cpu)
                print(f"{command:28} {config:22} {wall:8.3f}s {cpu:8.3f}s{ratio}")
        print(f"({options.rounds} rounds, interleaved; load average {os.getloadavg()[0]:.1f})")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
