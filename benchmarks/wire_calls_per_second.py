#!/usr/bin/env python3
"""Calls per second through boto3 against the simulator's wire front and against moto server, on
the same workload, side by side. Not a test: a measurement to run by hand.

    mvn -B -ntp -q -DskipTests -pl cli -am package     # builds cli/target/hyperpod-prereqs.jar
    python3 benchmarks/wire_calls_per_second.py [--iterations 200] [--threads 1,8]

The workload is what plan and apply do, per iteration: IAM user (create, tag, get, list tags),
role (create, get, attach an AWS managed policy, list attachments), S3 object (put, get, head,
list) and STS GetCallerIdentity: 13 calls. Both servers start fresh on free ports and are stopped
at the end.
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

import boto3
from botocore.config import Config

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "cli", "target", "hyperpod-prereqs.jar")
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"Service": "sagemaker.amazonaws.com"},
    "Action": "sts:AssumeRole"}]})
MANAGED = "arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy"
CALLS_PER_ITERATION = 13


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_listening(port, process, name):
    deadline = time.time() + 60
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit("%s exited with %s" % (name, process.returncode))
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    sys.exit("%s did not listen on %d within 60 s" % (name, port))


def start_simulator(workdir):
    if not os.path.exists(JAR):
        sys.exit("no %s: build it first with mvn -B -ntp -q -DskipTests -pl cli -am package" % JAR)
    port = free_port()
    process = subprocess.Popen(
        ["java", "-jar", JAR, "simulator", "serve", "--port", str(port),
         "--simulator-state", os.path.join(workdir, "simulator.json")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_listening(port, process, "simulator serve")
    return process, "http://127.0.0.1:%d" % port


def start_moto():
    port = free_port()
    env = dict(os.environ, MOTO_IAM_LOAD_MANAGED_POLICIES="true")
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wait_listening(port, process, "moto server")
    return process, "http://127.0.0.1:%d" % port


def clients(endpoint):
    config = Config(retries={"max_attempts": 1}, s3={"addressing_style": "path"},
                    max_pool_connections=4)
    session = boto3.session.Session(aws_access_key_id="test", aws_secret_access_key="test",
                                    region_name="us-west-2")
    return {name: session.client(name, endpoint_url=endpoint, config=config)
            for name in ("iam", "sts", "s3")}


def iteration(c, tag, bucket):
    iam, s3, sts = c["iam"], c["s3"], c["sts"]
    user, role = "bench-user-" + tag, "bench-role-" + tag
    iam.create_user(UserName=user)
    iam.tag_user(UserName=user, Tags=[{"Key": "SSMSessionRunAs", "Value": tag}])
    iam.get_user(UserName=user)
    iam.list_user_tags(UserName=user)
    iam.create_role(RoleName=role, AssumeRolePolicyDocument=TRUST)
    iam.get_role(RoleName=role)
    iam.attach_role_policy(RoleName=role, PolicyArn=MANAGED)
    iam.list_attached_role_policies(RoleName=role)
    key = "lifecycle/%s/on_create.sh" % tag
    s3.put_object(Bucket=bucket, Key=key, Body=b"#!/bin/bash\necho hello\n" * 20)
    s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    s3.head_object(Bucket=bucket, Key=key)
    s3.list_objects_v2(Bucket=bucket, Prefix="lifecycle/%s/" % tag)
    sts.get_caller_identity()


def measure(endpoint, iterations, threads, run_id):
    """Calls per second of `threads` clients doing `iterations` iterations in all."""
    bucket = "sagemaker-bench-%s" % run_id
    clients(endpoint)["s3"].create_bucket(
        Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "us-west-2"})
    per_thread = [clients(endpoint) for _ in range(threads)]
    for c in per_thread:  # warm-up: connections, JIT, first-use loading
        for i in range(3):
            iteration(c, "warm-%s-%d-%d" % (run_id, id(c), i), bucket)
    errors = []

    def work(index):
        try:
            for i in range(index, iterations, threads):
                iteration(per_thread[index], "%s-%d" % (run_id, i), bucket)
        except Exception as e:  # reported after the run
            errors.append(e)

    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - start
    if errors:
        sys.exit("workload failed: %r" % errors[0])
    return iterations * CALLS_PER_ITERATION / elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--threads", default="1,8", help="comma-separated client thread counts")
    args = parser.parse_args()
    thread_counts = [int(t) for t in args.threads.split(",")]
    with tempfile.TemporaryDirectory() as workdir:
        servers = {}
        try:
            servers["simulator"] = start_simulator(workdir)
            servers["moto"] = start_moto()
            results = {}
            for threads in thread_counts:
                for name, (_, endpoint) in servers.items():
                    results[(name, threads)] = measure(
                        endpoint, args.iterations, threads, "%s%d" % (name[0], threads))
        finally:
            for process, _ in servers.values():
                process.terminate()
                process.wait(timeout=30)
    print("%d iterations x %d calls, boto3 %s" % (args.iterations, CALLS_PER_ITERATION,
                                                   boto3.__version__))
    print("%-8s %14s %14s %8s" % ("threads", "simulator/s", "moto/s", "ratio"))
    for threads in thread_counts:
        sim, moto = results[("simulator", threads)], results[("moto", threads)]
        print("%-8d %14.0f %14.0f %7.2fx" % (threads, sim, moto, sim / moto))


if __name__ == "__main__":
    main()
