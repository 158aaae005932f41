"""A small check framework shared by the wire test scripts: named checks, AWS error assertions,
one summary line, exit status 1 when anything failed (the JUnit wrapper prints the output)."""

import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

REGION = "us-west-2"


def clients(endpoint, region=REGION):
    """boto3 clients of every service the wire serves, pointed at one endpoint, no retries."""
    config = Config(retries={"max_attempts": 1, "mode": "standard"},
                    s3={"addressing_style": "path"})
    session = boto3.session.Session(aws_access_key_id="test", aws_secret_access_key="test",
                                    region_name=region)
    return {name: session.client(name, endpoint_url=endpoint, config=config)
            for name in ("iam", "sts", "s3", "ssm", "service-quotas", "ec2", "fsx")}


class Checks:
    def __init__(self, title):
        self.title = title
        self.failures = []
        self.passed = 0

    def check(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print("ok   " + name)
        else:
            self.failures.append(name)
            print("FAIL " + name + (": " + detail if detail else ""))

    def equal(self, name, actual, expected):
        self.check(name, actual == expected, "expected %r, got %r" % (expected, actual))

    def error(self, name, call, code, status):
        """The call must fail with this AWS error code and HTTP status."""
        outcome = outcome_of(call)
        self.check(name, outcome == (code, status),
                   "expected %s/%s, got %s" % (code, status, describe(outcome)))

    def succeeds(self, name, call):
        """The call must succeed; returns its result (None when it failed)."""
        try:
            result = call()
        except ClientError as e:
            self.check(name, False, "failed with " + describe(error_of(e)))
            return None
        self.check(name, True)
        return result

    def finish(self):
        print("%s: %d passed, %d failed %s" % (self.title, self.passed, len(self.failures),
                                                json.dumps(self.failures)))
        sys.exit(1 if self.failures else 0)


def error_of(e):
    return (e.response.get("Error", {}).get("Code"),
            e.response.get("ResponseMetadata", {}).get("HTTPStatusCode"))


def outcome_of(call):
    """("ok", 200) on success, (code, status) on an AWS error."""
    try:
        call()
        return ("ok", 200)
    except ClientError as e:
        return error_of(e)


def describe(outcome):
    return "%s/%s" % outcome
