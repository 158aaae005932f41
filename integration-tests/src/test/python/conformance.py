"""Replays the conformance cases (src/test/conformance/*.json: requests taken from tests recorded
against real AWS, each with the outcomes AWS recorded) with boto3 against an endpoint, and compares
every recorded outcome: success or error, error code and message, HTTP status, and the response's
fields (presence, shape, and every value that is not a placeholder of the recording).

usage: python3 conformance.py ENDPOINT_URL CASES_DIR [--report FILE] [--only SUBSTRING]
                              [--update-differs]

--update-differs rewrites the case files: a disagreement without a listed reason gets one
(`not served yet` for an operation the endpoint does not serve, else the differences), a listed
difference that has gone is dropped. Review what it wrote: a reason says why, not just what.

Prints one line per disagreeing outcome (with the difference, and the reason when the case lists
the difference as known), then `N/M recorded outcomes agree`. Exit status 1 when an outcome
disagrees that its case does not list, a listed difference has gone (drop it from `differs`), or
the endpoint answered any request with a 5xx that AWS did not.
"""

import base64
import datetime
import json
import os
import re
import sys
import uuid

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

SERVICES = ("iam", "sts", "s3", "ec2", "ssm")
DOCUMENT_PARAMS = ("PolicyDocument", "AssumeRolePolicyDocument", "Policy")
TOKEN = re.compile(r"\$\(([a-z]+)(?::([^)]*))?\)")
PLACEHOLDER = re.compile(r"<[^<>\s]+>|111111111111|^datetime$")


class Run:
    """One case's clients, names and saved responses."""

    def __init__(self, endpoint, case):
        self.endpoint = endpoint
        self.region = case.get("region", "us-east-1")
        self.suffix = uuid.uuid4().hex[:8]
        self.saved = {}
        self.clients = {}
        self.account = None
        self.credentials = ("test", "test")
        if case.get("caller") == "user":
            self.credentials = self.admin_user()

    def client(self, service, region=None, addressing="path", validate=False):
        key = (service, region or self.region, addressing, validate)
        if key not in self.clients:
            config = Config(retries={"max_attempts": 1, "mode": "standard"},
                            s3={"addressing_style": addressing}, parameter_validation=validate)
            self.clients[key] = boto3.client(
                service, endpoint_url=self.endpoint, region_name=key[1], config=config,
                aws_access_key_id=self.credentials[0], aws_secret_access_key=self.credentials[1])
        return self.clients[key]

    def admin_user(self):
        """The access key of a fresh IAM user with AdministratorAccess: the recorded tests that
        AWS refuses to the account's root (AssumeRole) ran as such a principal."""
        iam = self.client("iam")
        name = "cf-caller-" + self.suffix
        iam.create_user(UserName=name)
        iam.attach_user_policy(UserName=name,
                               PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
        key = iam.create_access_key(UserName=name)["AccessKey"]
        self.clients = {}
        return key["AccessKeyId"], key["SecretAccessKey"]

    def token(self, kind, arg):
        if kind == "name":
            return ("cf-" + arg + "-" + self.suffix).lower()
        if kind == "ref":
            value = self.saved
            for part in arg.split("."):
                value = value[int(part)] if isinstance(value, list) else value[part]
            return value
        if kind == "account":
            if self.account is None:
                self.account = self.client("sts").get_caller_identity()["Account"]
            return self.account
        if kind == "region":
            return self.region
        if kind == "b64":
            return base64.b64encode(arg.encode()).decode()
        raise ValueError("unknown token $(%s)" % kind)

    def expand(self, value, key=None):
        if isinstance(value, dict):
            expanded = {k: self.expand(v, k) for k, v in value.items()}
            return json.dumps(expanded) if key in DOCUMENT_PARAMS else expanded
        if isinstance(value, list):
            return [self.expand(v) for v in value]
        if isinstance(value, str):
            whole = TOKEN.fullmatch(value)
            if whole:
                return self.token(whole.group(1), whole.group(2) or "")
            return TOKEN.sub(lambda m: str(self.token(m.group(1), m.group(2) or "")), value)
        return value


def outcome(run, step):
    """The step's answer as the recordings hold one: a response or an Error, with its status."""
    service, operation = step["call"].split(".")
    client = run.client(service, step.get("region"), step.get("addressing", "path"),
                        step.get("validate", False))
    try:
        params = run.expand(step.get("params", {}))
    except (KeyError, IndexError, TypeError) as e:
        return {"ClientFailure": "no value for %s in an earlier answer" % e,
                "ResponseMetadata": {}}
    if "Body" in params and isinstance(params["Body"], str):
        params["Body"] = params["Body"].encode()
    try:
        if step.get("paginate"):
            pages = list(client.get_paginator(operation).paginate(**params))
            response = {"pages": [plain(page) for page in pages],
                        "ResponseMetadata": {"HTTPStatusCode": 200}}
        else:
            response = plain(getattr(client, operation)(**params))
    except ClientError as e:
        response = plain(e.response)
    except Exception as e:  # a client-side failure is an outcome too (e.g. unparseable answer)
        response = {"ClientFailure": "%s: %s" % (type(e).__name__, e)}
    metadata = response.get("ResponseMetadata", {})
    response["ResponseMetadata"] = {"HTTPStatusCode": metadata.get("HTTPStatusCode")}
    for name in step.get("json", ()):  # fields the recorded test read as JSON (json.loads)
        if isinstance(response.get(name), str):
            try:
                response[name] = json.loads(response[name])
            except ValueError:
                pass
    return response


def plain(value):
    """A response as JSON: bodies read, dates and bytes as text."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if hasattr(value, "read"):
        return value.read().decode("utf-8", "replace")
    return value


def selected(response, step):
    """What the recorded test matched: the response, one value in it (`path`), or the fields it
    picked from it (`pick`)."""
    if "path" in step and "Error" not in response and "ClientFailure" not in response:
        value = response
        for part in step["path"].split("."):
            try:
                value = value[int(part)] if isinstance(value, list) else value[part]
            except (KeyError, IndexError, ValueError, TypeError):
                return {"missing": step["path"], "response": response}
        return value
    if "pick" not in step:
        return response
    picked = {}
    for name in step["pick"]:
        if name in response:
            picked[name] = response[name]
        elif name in response.get("ResponseMetadata", {}):
            picked[name] = response["ResponseMetadata"][name]
    if "Error" in response:
        picked["Error"] = response["Error"]
    if step.get("keep_metadata", True):
        picked["ResponseMetadata"] = response["ResponseMetadata"]
    return picked


def pattern(recorded, aliases=()):
    """A recorded string as a regular expression: placeholders (and the case's aliases, literal
    words the recording put in place of generated names) match any text."""
    parts, last = [], 0
    marks = PLACEHOLDER if not aliases else re.compile(
        PLACEHOLDER.pattern + "|" + "|".join(re.escape(a) for a in aliases))
    for m in marks.finditer(recorded):
        parts.append(re.escape(recorded[last:m.start()]))
        parts.append(r"\d{12}" if m.group(0) == "111111111111" else r".+?")
        last = m.end()
    parts.append(re.escape(recorded[last:]))
    return re.compile("".join(parts), re.S)


def differences(expected, actual, path="$", aliases=()):
    """Where the actual answer departs from the recorded one."""
    found = []
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return ["%s: AWS answered an object, got %s" % (path, short(actual))]
        for key in expected:
            if key not in actual:
                found.append("%s.%s: missing (AWS: %s)" % (path, key, short(expected[key])))
            else:
                found += differences(expected[key], actual[key], path + "." + key, aliases)
        for key in actual:
            if key not in expected:
                found.append("%s.%s: not in AWS's answer (got %s)" % (path, key, short(actual[key])))
        return found
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return ["%s: AWS answered a list, got %s" % (path, short(actual))]
        if len(expected) != len(actual):
            found.append("%s: %d items, AWS %d" % (path, len(actual), len(expected)))
        for i, (e, a) in enumerate(zip(expected, actual)):
            found += differences(e, a, "%s[%d]" % (path, i), aliases)
        return found
    if isinstance(expected, str) and (PLACEHOLDER.search(expected)
                                      or any(a in expected for a in aliases)):
        if isinstance(actual, (dict, list)) or not pattern(expected, aliases).fullmatch(
                str(actual)):
            found.append("%s: %s, AWS %s" % (path, short(actual), short(expected)))
        return found
    if expected != actual and not (isinstance(expected, str) and expected == str(actual)):
        found.append("%s: %s, AWS %s" % (path, short(actual), short(expected)))
    return found


def short(value):
    text = json.dumps(value, default=str)
    return text if len(text) <= 120 else text[:117] + "..."


def verdict(response):
    """Success or error, with the error's code and the HTTP status."""
    error = response.get("Error") if isinstance(response, dict) else None
    status = response.get("ResponseMetadata", {}).get("HTTPStatusCode") \
        if isinstance(response, dict) else None
    return (error or {}).get("Code"), status


def server_error(response):
    """A 5xx other than 501 (an operation not served, which AWS would serve)."""
    status = response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0
    return status >= 500 and status != 501


def run_case(endpoint, case):
    """Yields (entry, differences) for every recorded outcome of the case, in order."""
    run = Run(endpoint, case)
    expected = case["expected"]
    failed_setup = None
    matched = set()
    for index, step in enumerate(case["steps"]):
        key = step.get("match")
        if failed_setup is not None:
            if key:
                matched.add(key)
                yield key, ["not run: " + failed_setup], False, False
            continue
        response = outcome(run, step)
        run.saved[step.get("save", key or "step%d" % index)] = response
        if key:
            matched.add(key)
            recorded = expected[key]
            yield key, differences(recorded, selected(response, step),
                                   aliases=case.get("aliases", ())), (
                server_error(response) and not server_error(recorded)), (
                not isinstance(recorded, dict) or "ResponseMetadata" not in recorded
                or verdict(recorded) == verdict(response))
        else:
            if "Error" in response or "ClientFailure" in response:
                failed_setup = "set-up step %d (%s) failed: %s" % (
                    index, step["call"], short(response.get("Error") or response))
            if server_error(response):
                yield None, [failed_setup], True, False
    for key in expected:
        if key not in matched:
            yield key, ["no step matches this recorded outcome"], False, False


def wipe(endpoint, regions):
    """Deletes what the cases made: every bucket (each version of its objects), IAM user, role
    and local policy, and every non-default VPC with what it holds."""
    run = Run(endpoint, {})
    iam = run.client("iam")
    quiet(lambda: wipe_iam(iam))
    quiet(lambda: wipe_s3(run))
    for region in regions:
        quiet(lambda: wipe_ec2(run.client("ec2", region)))


def quiet(action):
    try:
        action()
    except ClientError:
        pass


def wipe_iam(iam):
    for user in iam.list_users()["Users"]:
        name = user["UserName"]
        for p in iam.list_attached_user_policies(UserName=name)["AttachedPolicies"]:
            quiet(lambda: iam.detach_user_policy(UserName=name, PolicyArn=p["PolicyArn"]))
        for p in iam.list_user_policies(UserName=name)["PolicyNames"]:
            quiet(lambda: iam.delete_user_policy(UserName=name, PolicyName=p))
        for k in iam.list_access_keys(UserName=name)["AccessKeyMetadata"]:
            quiet(lambda: iam.delete_access_key(UserName=name, AccessKeyId=k["AccessKeyId"]))
        quiet(lambda: iam.delete_user(UserName=name))
    for role in iam.list_roles()["Roles"]:
        name = role["RoleName"]
        for p in iam.list_attached_role_policies(RoleName=name)["AttachedPolicies"]:
            quiet(lambda: iam.detach_role_policy(RoleName=name, PolicyArn=p["PolicyArn"]))
        for p in iam.list_role_policies(RoleName=name)["PolicyNames"]:
            quiet(lambda: iam.delete_role_policy(RoleName=name, PolicyName=p))
        quiet(lambda: iam.delete_role(RoleName=name))
    for policy in iam.list_policies(Scope="Local")["Policies"]:
        arn = policy["Arn"]
        for v in iam.list_policy_versions(PolicyArn=arn)["Versions"]:
            if not v["IsDefaultVersion"]:
                quiet(lambda: iam.delete_policy_version(PolicyArn=arn, VersionId=v["VersionId"]))
        quiet(lambda: iam.delete_policy(PolicyArn=arn))


def wipe_s3(run):
    s3 = run.client("s3")
    for bucket in s3.list_buckets().get("Buckets", []):
        name = bucket["Name"]
        region = quiet_region(s3, name)
        client = run.client("s3", region)
        for page in client.get_paginator("list_object_versions").paginate(Bucket=name):
            keys = [{"Key": o["Key"], "VersionId": o["VersionId"]}
                    for o in page.get("Versions", []) + page.get("DeleteMarkers", [])]
            if keys:
                quiet(lambda: client.delete_objects(Bucket=name, Delete={"Objects": keys}))
        quiet(lambda: client.delete_bucket(Bucket=name))


def quiet_region(s3, name):
    try:
        return s3.get_bucket_location(Bucket=name).get("LocationConstraint") or "us-east-1"
    except ClientError:
        return "us-east-1"


def wipe_ec2(ec2):
    for vpc in ec2.describe_vpcs()["Vpcs"]:
        if vpc.get("IsDefault"):
            continue
        vpc_id = vpc["VpcId"]
        only = [{"Name": "vpc-id", "Values": [vpc_id]}]
        endpoints = [e["VpcEndpointId"]
                     for e in ec2.describe_vpc_endpoints(Filters=only)["VpcEndpoints"]]
        if endpoints:
            quiet(lambda: ec2.delete_vpc_endpoints(VpcEndpointIds=endpoints))
        for subnet in ec2.describe_subnets(Filters=only)["Subnets"]:
            quiet(lambda: ec2.delete_subnet(SubnetId=subnet["SubnetId"]))
        for group in ec2.describe_security_groups(Filters=only)["SecurityGroups"]:
            if group["GroupName"] != "default":
                quiet(lambda: ec2.delete_security_group(GroupId=group["GroupId"]))
        for table in ec2.describe_route_tables(Filters=only)["RouteTables"]:
            if not any(a.get("Main") for a in table.get("Associations", [])):
                for a in table.get("Associations", []):
                    quiet(lambda: ec2.disassociate_route_table(
                        AssociationId=a["RouteTableAssociationId"]))
                quiet(lambda: ec2.delete_route_table(RouteTableId=table["RouteTableId"]))
        quiet(lambda: ec2.delete_vpc(VpcId=vpc_id))


NOT_SERVED = ("InvalidAction", "NotImplemented", "UnknownOperationException")


def load(directory):
    """The cases of every file, each knowing its file."""
    cases = []
    for name in sorted(os.listdir(directory)):
        if name.endswith(".json"):
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                for case in json.load(f):
                    case["_file"] = name
                    cases.append(case)
    return cases


def formatted(case):
    """A case as the data files hold it: its header on one line, a line per step, then what AWS
    answered."""
    head = {k: v for k, v in case.items() if k not in ("steps", "expected", "_file")}
    text = json.dumps(head, ensure_ascii=False)[:-1] + ', "steps": [\n '
    text += ",\n ".join(json.dumps(s, ensure_ascii=False) for s in case["steps"])
    return text + '],\n "expected": ' + json.dumps(case["expected"], ensure_ascii=False) + "}"


def save(directory, cases):
    by_file = {}
    for case in cases:
        by_file.setdefault(case["_file"], []).append(case)
    for name, in_file in by_file.items():
        with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
            f.write("[\n" + ",\n".join(formatted(c) for c in in_file) + "\n]\n")


def reason_for(found):
    text = " ".join(found)
    for code in NOT_SERVED:
        if '"Code": "%s"' % code in text or "\"%s\"" % code in text:
            return "not served yet"
    return "; ".join(line.split(" (got")[0] for line in found[:3])


def main(argv):
    endpoint, directory = argv[1], argv[2]
    report_file = argv[argv.index("--report") + 1] if "--report" in argv else None
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    update = "--update-differs" in argv
    everything = load(directory)
    cases = [c for c in everything if not only or only in c["recording"] + "::" + c["test"]]
    regions = sorted({c.get("region", "us-east-1") for c in cases})
    agree, total, verdicts, unlisted, stale, errors5xx = 0, 0, 0, [], [], []
    report = []
    for case in cases:
        name = case["recording"] + "::" + case["test"]
        differs = case.get("differs", {})
        seen = set()
        for key, found, five_hundred, same_verdict in run_case(endpoint, case):
            if five_hundred:
                errors5xx.append("%s %s: %s" % (name, key or "set-up", found))
            if key is None:
                continue
            seen.add(key)
            total += 1
            verdicts += 1 if same_verdict else 0
            if not found:
                agree += 1
                report.append({"case": name, "outcome": key, "agrees": True,
                               "verdict": True})
                if key in differs:
                    stale.append("%s %s: agrees now; drop it from differs (%s)"
                                 % (name, key, differs[key]))
                continue
            reason = differs.get(key)
            report.append({"case": name, "outcome": key, "agrees": False,
                           "verdict": same_verdict, "reason": reason, "differences": found})
            print("DIFFERS %s %s%s" % (name, key, " [known: %s]" % reason if reason else ""))
            for line in found[:6]:
                print("    " + line)
            if len(found) > 6:
                print("    ... %d more" % (len(found) - 6))
            if reason is None:
                unlisted.append("%s %s" % (name, key))
            if update and (reason is None or reason == "not served yet"):
                case.setdefault("differs", {})[key] = reason_for(found)
        for key in differs:
            if key not in seen:
                stale.append("%s: differs names %s, which the case does not record" % (name, key))
        if update:
            for entry in [r for r in report if r["case"] == name and r["agrees"]]:
                case.get("differs", {}).pop(entry["outcome"], None)
            if not case.get("differs", True):
                del case["differs"]
        wipe(endpoint, regions)
    if update:
        save(directory, everything)
    for line in unlisted:
        print("UNLISTED difference: " + line)
    for line in stale:
        print("STALE: " + line)
    for line in errors5xx:
        print("SERVER ERROR: " + line)
    by_service = {}
    for entry in report:
        counts = by_service.setdefault(entry["case"].split("/")[0], [0, 0, 0])
        counts[0] += 1 if entry["agrees"] else 0
        counts[1] += 1 if entry["verdict"] else 0
        counts[2] += 1
    for service, (fully, verdict, count) in sorted(by_service.items()):
        print("  %-4s %d/%d agree fully, %d/%d outcome (success/error, code, status) agrees,"
              " %d listed differences" % (service, fully, count, verdict, count, count - fully))
    print("%d/%d recorded outcomes agree (%d cases; %d differ with a listed reason, %d unlisted;"
          " success or error, code and status agree in %d/%d)"
          % (agree, total, len(cases), total - agree - len(unlisted), len(unlisted), verdicts,
             total))
    if report_file:
        with open(report_file, "w", encoding="utf-8") as f:
            json.dump({"agree": agree, "total": total, "verdicts": verdicts, "outcomes": report},
                      f, indent=1)
    return 1 if unlisted or stale or errors5xx else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
