"""The same call sequence against the simulator's wire front and against moto server. Every step
names the outcome real AWS gives ("ok" or the error code and HTTP status); the simulator must give
it. moto must give it too, except for the known differences listed below, where moto departs from
AWS: those are recorded (printed), and a known difference that moto no longer shows is reported
so the list can be trimmed.

usage: python3 wire_differential.py SIMULATOR_URL MOTO_URL
"""

import json
import sys

from wire_checks import Checks, clients, outcome_of, describe

TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"Service": "sagemaker.amazonaws.com"},
    "Action": "sts:AssumeRole"}]})
POLICY = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::sagemaker-*/*"}]})
MANAGED = "arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy"
ARN = "arn:aws:iam::123456789012:policy/diff-policy"
ATTACHED = "arn:aws:iam::123456789012:policy/diff-attached"
BUCKET = "sagemaker-diff-bucket"
POLICY_BUCKET = "sagemaker-diff-policy"
WHERE = {"LocationConstraint": "us-west-2"}
OK = ("ok", 200)

# step name -> what moto does instead of AWS (moto 5.x)
KNOWN_DIFFERENCES = {
    "iam create-user with an invalid name": "moto accepts names outside [\\w+=,.@-]",
    "iam create-role with a malformed trust policy": "moto stores trust policies unchecked",
    "iam delete-policy while attached": "moto deletes attached policies",
    "iam tag-user with an aws: key": "moto accepts the reserved aws: prefix",
    "iam get-policy with a malformed ARN": "moto answers NoSuchEntity, not InvalidInput",
    "s3 put-bucket-policy malformed": "moto stores any bytes as the policy (and then fails"
                                      " object requests on that bucket with 500)",
    "s3 create-bucket with an invalid name": "moto's name check differs",
    "service-quotas list-aws-default-service-quotas sagemaker":
        "moto has Service Quotas for the vpc service only",
    "ec2 delete-security-group referenced by another group's rule":
        "moto deletes a group other groups' rules refer to",
    "fsx describe-file-systems unknown id": "moto answers an empty list",
    "ec2 dry run": "moto ignores DryRun on CreateVpc and creates the VPC",
}


# values a step created, per client (each side has its own ids)
MEMO = {}


def remember(client, name, value):
    MEMO[client, name] = value
    return value


def self_rule(group_id):
    return [{"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": group_id}]}]


def session(run_as):
    return json.dumps({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {
        "s3EncryptionEnabled": True, "cloudWatchEncryptionEnabled": True,
        "runAsEnabled": run_as, "runAsDefaultUser": "ubuntu"}})


def steps():
    """(name, service, call, AWS's outcome) in order; later steps build on earlier ones."""
    return [
        ("sts get-caller-identity", "sts", lambda c: c.get_caller_identity(), OK),
        ("iam create-user", "iam", lambda c: c.create_user(UserName="diff-user"), OK),
        ("iam create-user again", "iam", lambda c: c.create_user(UserName="diff-user"),
         ("EntityAlreadyExists", 409)),
        ("iam get-user missing", "iam", lambda c: c.get_user(UserName="diff-none"),
         ("NoSuchEntity", 404)),
        ("iam create-user with an invalid name", "iam",
         lambda c: c.create_user(UserName="bad name!"), ("ValidationError", 400)),
        ("iam tag-user with an aws: key", "iam", lambda c: c.tag_user(
            UserName="diff-user", Tags=[{"Key": "aws:x", "Value": "y"}]), ("InvalidInput", 400)),
        ("iam create-role", "iam", lambda c: c.create_role(
            RoleName="diff-role", AssumeRolePolicyDocument=TRUST), OK),
        ("iam create-role with a malformed trust policy", "iam", lambda c: c.create_role(
            RoleName="diff-bad-role", AssumeRolePolicyDocument="{"),
         ("MalformedPolicyDocument", 400)),
        ("iam create-policy", "iam", lambda c: c.create_policy(
            PolicyName="diff-policy", PolicyDocument=POLICY), OK),
        ("iam create-policy again", "iam", lambda c: c.create_policy(
            PolicyName="diff-policy", PolicyDocument=POLICY), ("EntityAlreadyExists", 409)),
        ("iam create-policy with a malformed document", "iam", lambda c: c.create_policy(
            PolicyName="diff-bad", PolicyDocument='{"Version":"2012-10-17"}'),
         ("MalformedPolicyDocument", 400)),
        ("iam get-policy with a malformed ARN", "iam",
         lambda c: c.get_policy(PolicyArn="arn:aws:iam::123456789012:diff"), ("InvalidInput", 400)),
        ("iam attach-role-policy", "iam", lambda c: c.attach_role_policy(
            RoleName="diff-role", PolicyArn=ARN), OK),
        ("iam attach-role-policy AWS managed", "iam", lambda c: c.attach_role_policy(
            RoleName="diff-role", PolicyArn=MANAGED), OK),
        ("iam attach-role-policy missing policy", "iam", lambda c: c.attach_role_policy(
            RoleName="diff-role", PolicyArn="arn:aws:iam::123456789012:policy/diff-none"),
         ("NoSuchEntity", 404)),
        ("iam delete-role with attached policies", "iam",
         lambda c: c.delete_role(RoleName="diff-role"), ("DeleteConflict", 409)),
        ("iam create-policy to attach and delete", "iam", lambda c: [c.create_policy(
            PolicyName="diff-attached", PolicyDocument=POLICY), c.attach_user_policy(
            UserName="diff-user", PolicyArn=ATTACHED)], OK),
        ("iam delete-policy while attached", "iam",
         lambda c: c.delete_policy(PolicyArn=ATTACHED), ("DeleteConflict", 409)),
        ("iam create-policy-version x4", "iam", lambda c: [c.create_policy_version(
            PolicyArn=ARN, PolicyDocument=POLICY) for _ in range(4)], OK),
        ("iam create-policy-version beyond 5", "iam", lambda c: c.create_policy_version(
            PolicyArn=ARN, PolicyDocument=POLICY), ("LimitExceeded", 409)),
        ("iam delete-policy-version default", "iam", lambda c: c.delete_policy_version(
            PolicyArn=ARN, VersionId="v1"), ("DeleteConflict", 409)),
        ("iam detach-role-policy not attached", "iam", lambda c: c.detach_role_policy(
            RoleName="diff-role", PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess"),
         ("NoSuchEntity", 404)),
        ("iam get-role-policy missing", "iam", lambda c: c.get_role_policy(
            RoleName="diff-role", PolicyName="none"), ("NoSuchEntity", 404)),
        ("s3 create-bucket", "s3", lambda c: c.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration=WHERE), OK),
        ("s3 create-bucket again", "s3", lambda c: c.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration=WHERE), ("BucketAlreadyOwnedByYou", 409)),
        ("s3 create-bucket without a location constraint", "s3",
         lambda c: c.create_bucket(Bucket="sagemaker-diff-noregion"),
         ("IllegalLocationConstraintException", 400)),
        ("s3 create-bucket with an invalid name", "s3", lambda c: c.create_bucket(
            Bucket="diff..bucket", CreateBucketConfiguration=WHERE), ("InvalidBucketName", 400)),
        ("s3 head-bucket missing", "s3", lambda c: c.head_bucket(Bucket="sagemaker-diff-none"),
         ("404", 404)),
        ("s3 put-object", "s3", lambda c: c.put_object(Bucket=BUCKET, Key="a/b.txt", Body=b"x"),
         OK),
        ("s3 get-object missing", "s3", lambda c: c.get_object(Bucket=BUCKET, Key="none"),
         ("NoSuchKey", 404)),
        ("s3 head-object missing", "s3", lambda c: c.head_object(Bucket=BUCKET, Key="none"),
         ("404", 404)),
        ("s3 get-bucket-policy none", "s3", lambda c: c.get_bucket_policy(Bucket=BUCKET),
         ("NoSuchBucketPolicy", 404)),
        ("s3 get-bucket-tagging none", "s3", lambda c: c.get_bucket_tagging(Bucket=BUCKET),
         ("NoSuchTagSet", 404)),
        ("s3 put-bucket-policy malformed", "s3", lambda c: [c.create_bucket(
            Bucket=POLICY_BUCKET, CreateBucketConfiguration=WHERE), c.put_bucket_policy(
            Bucket=POLICY_BUCKET, Policy="{")], ("MalformedPolicy", 400)),
        ("s3 delete-bucket not empty", "s3", lambda c: c.delete_bucket(Bucket=BUCKET),
         ("BucketNotEmpty", 409)),
        ("ssm create-document", "ssm", lambda c: c.create_document(
            Name="diff-prefs", DocumentType="Session", DocumentFormat="JSON",
            Content=session(False)), OK),
        ("ssm create-document again", "ssm", lambda c: c.create_document(
            Name="diff-prefs", DocumentType="Session", DocumentFormat="JSON",
            Content=session(False)), ("DocumentAlreadyExists", 400)),
        ("ssm update-document", "ssm", lambda c: c.update_document(
            Name="diff-prefs", DocumentVersion="$LATEST", Content=session(True)), OK),
        ("ssm update-document same content", "ssm", lambda c: c.update_document(
            Name="diff-prefs", DocumentVersion="$LATEST", Content=session(True)),
         ("DuplicateDocumentContent", 400)),
        ("ssm update-document-default-version", "ssm", lambda c:
         c.update_document_default_version(Name="diff-prefs", DocumentVersion="2"), OK),
        ("ssm get-document missing", "ssm", lambda c: c.get_document(Name="diff-none"),
         ("InvalidDocument", 400)),
        ("service-quotas list-aws-default-service-quotas sagemaker", "service-quotas",
         lambda c: c.list_aws_default_service_quotas(ServiceCode="sagemaker"), OK),
        ("ec2 create-vpc", "ec2", lambda c: remember(c, "vpc", c.create_vpc(
            CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]), OK),
        ("ec2 create-vpc outside /16-/28", "ec2", lambda c: c.create_vpc(CidrBlock="10.0.0.0/8"),
         ("InvalidVpc.Range", 400)),
        ("ec2 describe-vpcs unknown id", "ec2",
         lambda c: c.describe_vpcs(VpcIds=["vpc-0123456789abcdef0"]),
         ("InvalidVpcID.NotFound", 400)),
        ("ec2 create-subnet", "ec2", lambda c: remember(c, "subnet", c.create_subnet(
            VpcId=MEMO[c, "vpc"], CidrBlock="10.0.0.0/20")["Subnet"]["SubnetId"]), OK),
        ("ec2 create-subnet overlapping", "ec2", lambda c: c.create_subnet(
            VpcId=MEMO[c, "vpc"], CidrBlock="10.0.0.0/24"), ("InvalidSubnet.Conflict", 400)),
        ("ec2 create-security-group", "ec2", lambda c: remember(c, "sg", c.create_security_group(
            VpcId=MEMO[c, "vpc"], GroupName="diff-efa", Description="EFA")["GroupId"]), OK),
        ("ec2 create-security-group again", "ec2", lambda c: c.create_security_group(
            VpcId=MEMO[c, "vpc"], GroupName="diff-efa", Description="EFA"),
         ("InvalidGroup.Duplicate", 400)),
        ("ec2 authorize-security-group-ingress self", "ec2",
         lambda c: c.authorize_security_group_ingress(
             GroupId=MEMO[c, "sg"], IpPermissions=self_rule(MEMO[c, "sg"])), OK),
        ("ec2 authorize-security-group-ingress again", "ec2",
         lambda c: c.authorize_security_group_ingress(
             GroupId=MEMO[c, "sg"], IpPermissions=self_rule(MEMO[c, "sg"])),
         ("InvalidPermission.Duplicate", 400)),
        ("ec2 delete-vpc with dependencies", "ec2",
         lambda c: c.delete_vpc(VpcId=MEMO[c, "vpc"]), ("DependencyViolation", 400)),
        ("ec2 delete-security-group referenced by another group's rule", "ec2",
         lambda c: [c.authorize_security_group_ingress(
             GroupId=c.create_security_group(
                 VpcId=MEMO[c, "vpc"], GroupName="diff-peer", Description="peer")["GroupId"],
             IpPermissions=self_rule(MEMO[c, "sg"])),
             c.delete_security_group(GroupId=MEMO[c, "sg"])], ("DependencyViolation", 400)),
        ("ec2 dry run", "ec2", lambda c: c.create_vpc(CidrBlock="10.9.0.0/16", DryRun=True),
         ("DryRunOperation", 412)),
        ("fsx describe-file-systems unknown id", "fsx", lambda c: c.describe_file_systems(
            FileSystemIds=["fs-0123456789abcdef0"]), ("FileSystemNotFound", 400)),
    ]


def results(simulator, moto):
    """Answers both sides give to the success calls whose content should agree."""
    out = {}
    for name, side in (("simulator", simulator), ("moto", moto)):
        iam, s3, sts = side["iam"], side["s3"], side["sts"]
        out[name] = {
            "account": sts.get_caller_identity()["Account"],
            "role arn": iam.get_role(RoleName="diff-role")["Role"]["Arn"],
            "trust": iam.get_role(RoleName="diff-role")["Role"]["AssumeRolePolicyDocument"],
            "attached": sorted(p["PolicyArn"] for p in iam.list_attached_role_policies(
                RoleName="diff-role")["AttachedPolicies"]),
            "versions": sorted(v["VersionId"] for v in iam.list_policy_versions(
                PolicyArn=ARN)["Versions"]),
            "etag": s3.head_object(Bucket=BUCKET, Key="a/b.txt")["ETag"],
            "keys": [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET)["Contents"]],
            "default document": json.loads(side["ssm"].get_document(
                Name="diff-prefs")["Content"])["inputs"]["runAsEnabled"],
        }
    return out


def main():
    simulator, moto = clients(sys.argv[1]), clients(sys.argv[2])
    c = Checks("differential: simulator vs moto")
    still_known = []
    for name, service, call, aws in steps():
        ours = outcome_of(lambda: call(simulator[service]))
        theirs = outcome_of(lambda: call(moto[service]))
        c.check("simulator: " + name, ours == aws,
                "AWS answers %s, the simulator %s" % (describe(aws), describe(ours)))
        if name in KNOWN_DIFFERENCES:
            if theirs == aws:
                print("note moto now agrees with AWS on '%s'; drop it from KNOWN_DIFFERENCES"
                      % name)
            else:
                still_known.append(name)
                print("known difference '%s': moto %s (%s), AWS %s" % (
                    name, describe(theirs), KNOWN_DIFFERENCES[name], describe(aws)))
        else:
            c.check("moto agrees: " + name, theirs == aws,
                    "AWS answers %s, moto %s (a new difference: add it to KNOWN_DIFFERENCES"
                    " if moto is wrong)" % (describe(aws), describe(theirs)))
    answers = results(simulator, moto)
    for key in answers["simulator"]:
        c.equal("same answer: " + key, answers["simulator"][key], answers["moto"][key])
    print("known differences seen: %d of %d" % (len(still_known), len(KNOWN_DIFFERENCES)))
    c.finish()


if __name__ == "__main__":
    main()
