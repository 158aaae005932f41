"""boto3 and the AWS CLI against the simulator's wire front: the calls `apply` makes and the error
calls that matter, each asserting AWS's codes and statuses.

usage: python3 wire_boto3_cli.py ENDPOINT_URL
"""

import json
import os
import subprocess
import sys
import tempfile

from wire_checks import Checks, clients

TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"Service": "sagemaker.amazonaws.com"},
    "Action": "sts:AssumeRole"}]})
POLICY = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Action": ["ssm:StartSession", "ssm:TerminateSession"],
    "Resource": "*"}]})
MANAGED = "arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy"
BUCKET = "sagemaker-wire-boto3"


def bucket_policy(bucket):
    return json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Deny", "Principal": "*", "Action": "s3:*",
        "Resource": ["arn:aws:s3:::" + bucket, "arn:aws:s3:::" + bucket + "/*"],
        "Condition": {"StringNotEquals": {"aws:sourceVpce": "vpce-0123456789abcdef0"}}}]})


def iam_calls(c, iam):
    tags = [{"Key": "hyperpod-prereqs:stack", "Value": "wire"}]
    c.succeeds("iam create-user", lambda: iam.create_user(UserName="wire-alice", Tags=tags))
    user = c.succeeds("iam get-user", lambda: iam.get_user(UserName="wire-alice"))
    c.equal("iam get-user arn", user and user["User"]["Arn"],
            "arn:aws:iam::123456789012:user/wire-alice")
    c.succeeds("iam tag-user", lambda: iam.tag_user(
        UserName="wire-alice", Tags=[{"Key": "SSMSessionRunAs", "Value": "alice"}]))
    listed = c.succeeds("iam list-user-tags", lambda: iam.list_user_tags(UserName="wire-alice"))
    c.equal("iam list-user-tags keys", listed and sorted(t["Key"] for t in listed["Tags"]),
            ["SSMSessionRunAs", "hyperpod-prereqs:stack"])
    c.succeeds("iam create-role", lambda: iam.create_role(
        RoleName="wire-exec", AssumeRolePolicyDocument=TRUST, Description="exec", Tags=tags))
    role = c.succeeds("iam get-role", lambda: iam.get_role(RoleName="wire-exec"))
    c.equal("iam get-role trust policy decoded by boto3",
            role and role["Role"]["AssumeRolePolicyDocument"], json.loads(TRUST))
    policy = c.succeeds("iam create-policy", lambda: iam.create_policy(
        PolicyName="wire-cluster-user", Path="/hyperpod-prereqs/wire/", PolicyDocument=POLICY,
        Tags=tags))
    arn = policy["Policy"]["Arn"] if policy else "arn:aws:iam::123456789012:policy/none"
    c.equal("iam policy arn has its path", arn,
            "arn:aws:iam::123456789012:policy/hyperpod-prereqs/wire/wire-cluster-user")
    c.succeeds("iam create-policy-version", lambda: iam.create_policy_version(
        PolicyArn=arn, PolicyDocument=POLICY, SetAsDefault=True))
    version = c.succeeds("iam get-policy-version", lambda: iam.get_policy_version(
        PolicyArn=arn, VersionId="v2"))
    c.equal("iam policy document decoded by boto3",
            version and version["PolicyVersion"]["Document"], json.loads(POLICY))
    c.succeeds("iam delete-policy-version", lambda: iam.delete_policy_version(
        PolicyArn=arn, VersionId="v1"))
    c.succeeds("iam attach-user-policy", lambda: iam.attach_user_policy(
        UserName="wire-alice", PolicyArn=arn))
    c.succeeds("iam attach-role-policy (AWS managed)", lambda: iam.attach_role_policy(
        RoleName="wire-exec", PolicyArn=MANAGED))
    c.succeeds("iam put-role-policy", lambda: iam.put_role_policy(
        RoleName="wire-exec", PolicyName="inline", PolicyDocument=POLICY))
    simulated = c.succeeds("iam simulate-principal-policy", lambda: iam.simulate_principal_policy(
        PolicySourceArn="arn:aws:iam::123456789012:role/wire-exec",
        ActionNames=["ssm:StartSession", "ssm:SendCommand"]))
    c.equal("iam simulate-principal-policy decisions and sources",
            simulated and [(r["EvalActionName"], r["EvalDecision"],
                            [(m["SourcePolicyId"], m["SourcePolicyType"])
                             for m in r["MatchedStatements"]])
                           for r in simulated["EvaluationResults"]],
            [("ssm:StartSession", "allowed", [("inline", "role")]),
             ("ssm:SendCommand", "implicitDeny", [])])
    pages = c.succeeds("iam get-account-authorization-details (paginated)", lambda: list(
        iam.get_paginator("get_account_authorization_details").paginate(
            Filter=["User", "Role", "LocalManagedPolicy"], PaginationConfig={"PageSize": 1})))
    if pages:
        roles = [r for p in pages for r in p["RoleDetailList"]]
        c.equal("iam details: role with inline and managed policies",
                [(r["RoleName"], [i["PolicyName"] for i in r["RolePolicyList"]],
                  [a["PolicyArn"] for a in r["AttachedManagedPolicies"]]) for r in roles],
                [("wire-exec", ["inline"], [MANAGED])])
    listed = c.succeeds("iam list-policies Scope=Local", lambda: iam.list_policies(Scope="Local"))
    c.equal("iam list-policies names", listed and [p["PolicyName"] for p in listed["Policies"]],
            ["wire-cluster-user"])

    c.error("iam create-user duplicate", lambda: iam.create_user(UserName="wire-alice"),
            "EntityAlreadyExists", 409)
    c.error("iam get-role missing", lambda: iam.get_role(RoleName="wire-none"),
            "NoSuchEntity", 404)
    c.error("iam create-user invalid name", lambda: iam.create_user(UserName="bad name!"),
            "ValidationError", 400)
    c.error("iam create-role malformed trust", lambda: iam.create_role(
        RoleName="wire-bad", AssumeRolePolicyDocument="{"), "MalformedPolicyDocument", 400)
    c.error("iam delete-role with policies", lambda: iam.delete_role(RoleName="wire-exec"),
            "DeleteConflict", 409)
    c.error("iam delete-policy while attached", lambda: iam.delete_policy(PolicyArn=arn),
            "DeleteConflict", 409)
    c.error("iam delete default policy version", lambda: iam.delete_policy_version(
        PolicyArn=arn, VersionId="v2"), "DeleteConflict", 409)
    c.error("iam attach missing policy", lambda: iam.attach_role_policy(
        RoleName="wire-exec", PolicyArn="arn:aws:iam::123456789012:policy/none"),
            "NoSuchEntity", 404)
    c.error("iam tag with aws: prefix", lambda: iam.tag_user(
        UserName="wire-alice", Tags=[{"Key": "aws:x", "Value": "y"}]), "InvalidInput", 400)


def s3_calls(c, s3):
    where = {"LocationConstraint": "us-west-2"}
    c.succeeds("s3 create-bucket", lambda: s3.create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration=where))
    head = c.succeeds("s3 head-bucket", lambda: s3.head_bucket(Bucket=BUCKET))
    c.equal("s3 head-bucket region", head and head["ResponseMetadata"]["HTTPHeaders"].get(
        "x-amz-bucket-region"), "us-west-2")
    c.succeeds("s3 put-bucket-tagging", lambda: s3.put_bucket_tagging(
        Bucket=BUCKET, Tagging={"TagSet": [{"Key": "stack", "Value": "wire"}]}))
    tagging = c.succeeds("s3 get-bucket-tagging", lambda: s3.get_bucket_tagging(Bucket=BUCKET))
    c.equal("s3 tags", tagging and tagging["TagSet"], [{"Key": "stack", "Value": "wire"}])
    c.succeeds("s3 put-bucket-policy", lambda: s3.put_bucket_policy(
        Bucket=BUCKET, Policy=bucket_policy(BUCKET)))
    got = c.succeeds("s3 get-bucket-policy", lambda: s3.get_bucket_policy(Bucket=BUCKET))
    c.equal("s3 bucket policy is the bare document", got and json.loads(got["Policy"]),
            json.loads(bucket_policy(BUCKET)))
    put = c.succeeds("s3 put-object", lambda: s3.put_object(
        Bucket=BUCKET, Key="hyperpod/lifecycle/shared_users.txt", Body=b"alice,2001,/fsx/alice\n"))
    c.equal("s3 put-object etag is the md5", put and put["ETag"],
            '"1b2455828cac0800ae5c7da05b8fe529"')
    body = c.succeeds("s3 get-object", lambda: s3.get_object(
        Bucket=BUCKET, Key="hyperpod/lifecycle/shared_users.txt")["Body"].read())
    c.equal("s3 get-object body", body, b"alice,2001,/fsx/alice\n")
    c.succeeds("s3 head-object", lambda: s3.head_object(
        Bucket=BUCKET, Key="hyperpod/lifecycle/shared_users.txt"))
    for i in range(3):
        s3.put_object(Bucket=BUCKET, Key="hyperpod/lifecycle/f%d.sh" % i, Body=b"#!/bin/sh\n")
    keys = c.succeeds("s3 list-objects-v2 (paginated)", lambda: [
        o["Key"] for p in s3.get_paginator("list_objects_v2").paginate(
            Bucket=BUCKET, Prefix="hyperpod/", PaginationConfig={"PageSize": 2})
        for o in p.get("Contents", [])])
    c.equal("s3 listing", keys, ["hyperpod/lifecycle/f0.sh", "hyperpod/lifecycle/f1.sh",
                                 "hyperpod/lifecycle/f2.sh",
                                 "hyperpod/lifecycle/shared_users.txt"])

    c.error("s3 create-bucket owned already", lambda: s3.create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration=where), "BucketAlreadyOwnedByYou", 409)
    c.error("s3 create-bucket without location constraint", lambda: s3.create_bucket(
        Bucket="sagemaker-wire-noregion"), "IllegalLocationConstraintException", 400)
    c.error("s3 create-bucket invalid name", lambda: s3.create_bucket(
        Bucket="Bad_Name", CreateBucketConfiguration=where), "InvalidBucketName", 400)
    c.error("s3 head-bucket missing", lambda: s3.head_bucket(Bucket="sagemaker-wire-none"),
            "404", 404)
    c.error("s3 head-object missing", lambda: s3.head_object(Bucket=BUCKET, Key="none"),
            "404", 404)
    c.error("s3 get-object missing", lambda: s3.get_object(Bucket=BUCKET, Key="none"),
            "NoSuchKey", 404)
    c.error("s3 put-bucket-policy malformed", lambda: s3.put_bucket_policy(
        Bucket=BUCKET, Policy="{"), "MalformedPolicy", 400)
    c.error("s3 delete-bucket not empty", lambda: s3.delete_bucket(Bucket=BUCKET),
            "BucketNotEmpty", 409)
    s3.delete_bucket_policy(Bucket=BUCKET)
    c.error("s3 get-bucket-policy after delete", lambda: s3.get_bucket_policy(Bucket=BUCKET),
            "NoSuchBucketPolicy", 404)


def preferences(run_as):
    return json.dumps({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {
        "s3EncryptionEnabled": True, "cloudWatchEncryptionEnabled": True,
        "runAsEnabled": run_as, "runAsDefaultUser": "ubuntu"}})


def ssm_calls(c, ssm):
    name = "SSM-SessionManagerRunShell"
    created = c.succeeds("ssm create-document", lambda: ssm.create_document(
        Name=name, DocumentType="Session", DocumentFormat="JSON", Content=preferences(False)))
    c.equal("ssm created version", created and created["DocumentDescription"]["DocumentVersion"],
            "1")
    updated = c.succeeds("ssm update-document", lambda: ssm.update_document(
        Name=name, DocumentVersion="$LATEST", Content=preferences(True)))
    version = updated["DocumentDescription"]["DocumentVersion"] if updated else "2"
    c.succeeds("ssm update-document-default-version", lambda: ssm.update_document_default_version(
        Name=name, DocumentVersion=version))
    got = c.succeeds("ssm get-document", lambda: ssm.get_document(Name=name))
    c.equal("ssm default content", got and json.loads(got["Content"])["inputs"]["runAsEnabled"],
            True)
    c.error("ssm create-document again", lambda: ssm.create_document(
        Name=name, DocumentType="Session", Content=preferences(True)), "DocumentAlreadyExists",
            400)
    c.error("ssm update-document same content", lambda: ssm.update_document(
        Name=name, DocumentVersion="$LATEST", Content=preferences(True)),
            "DuplicateDocumentContent", 400)
    c.error("ssm get-document missing", lambda: ssm.get_document(Name="wire-none"),
            "InvalidDocument", 400)


def quotas_calls(c, quotas):
    listed = c.succeeds("service-quotas list-aws-default-service-quotas (paginated)", lambda: [
        q for p in quotas.get_paginator("list_aws_default_service_quotas").paginate(
            ServiceCode="sagemaker", PaginationConfig={"PageSize": 10}) for q in p["Quotas"]])
    g5 = [q for q in listed or [] if q["QuotaName"] == "ml.g5.8xlarge for cluster usage"]
    c.check("service-quotas has the g5.8xlarge cluster quota", len(g5) == 1, repr(g5))
    if not g5:
        return
    code, value = g5[0]["QuotaCode"], g5[0]["Value"]
    requested = c.succeeds("service-quotas request-service-quota-increase", lambda:
                           quotas.request_service_quota_increase(
                               ServiceCode="sagemaker", QuotaCode=code, DesiredValue=value + 2))
    c.equal("service-quotas request status", requested and
            requested["RequestedQuota"]["Status"], "PENDING")
    c.error("service-quotas second open request", lambda: quotas.request_service_quota_increase(
        ServiceCode="sagemaker", QuotaCode=code, DesiredValue=value + 3),
            "ResourceAlreadyExistsException", 400)
    c.error("service-quotas unknown service", lambda: quotas.list_service_quotas(
        ServiceCode="nosuchservice"), "NoSuchResourceException", 400)


def tag_spec(resource_type, name):
    return [{"ResourceType": resource_type, "Tags": [{"Key": "Name", "Value": name}]}]


def ec2_fsx_calls(c, ec2, fsx):
    zones = c.succeeds("ec2 describe-availability-zones", ec2.describe_availability_zones)
    zone_id = zones["AvailabilityZones"][0]["ZoneId"] if zones else "usw2-az1"
    vpc = c.succeeds("ec2 create-vpc", lambda: ec2.create_vpc(
        CidrBlock="10.0.0.0/16", TagSpecifications=tag_spec("vpc", "wire-vpc")))
    vpc_id = vpc["Vpc"]["VpcId"] if vpc else "vpc-0"
    found = c.succeeds("ec2 describe-vpcs by tag", lambda: ec2.describe_vpcs(
        Filters=[{"Name": "tag:Name", "Values": ["wire-vpc"]}]))
    c.equal("ec2 vpc found by tag", found and [v["VpcId"] for v in found["Vpcs"]], [vpc_id])
    subnet = c.succeeds("ec2 create-subnet by zone id", lambda: ec2.create_subnet(
        VpcId=vpc_id, CidrBlock="10.0.0.0/20", AvailabilityZoneId=zone_id))
    subnet_id = subnet["Subnet"]["SubnetId"] if subnet else "subnet-0"
    c.equal("ec2 subnet zone id", subnet and subnet["Subnet"]["AvailabilityZoneId"], zone_id)
    group = c.succeeds("ec2 create-security-group", lambda: ec2.create_security_group(
        VpcId=vpc_id, GroupName="wire-efa", Description="EFA"))
    group_id = group["GroupId"] if group else "sg-0"
    self_rule = [{"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": group_id}]}]
    c.succeeds("ec2 authorize-security-group-ingress (self)", lambda:
               ec2.authorize_security_group_ingress(GroupId=group_id, IpPermissions=self_rule))
    c.succeeds("ec2 authorize-security-group-egress (self)", lambda:
               ec2.authorize_security_group_egress(GroupId=group_id, IpPermissions=self_rule))
    described = c.succeeds("ec2 describe-security-groups", lambda: ec2.describe_security_groups(
        GroupIds=[group_id]))
    c.equal("ec2 ingress is the self reference", described and [
        p["UserIdGroupPairs"][0]["GroupId"] for p in
        described["SecurityGroups"][0]["IpPermissions"]], [group_id])
    tables = c.succeeds("ec2 describe-route-tables main", lambda: ec2.describe_route_tables(
        Filters=[{"Name": "vpc-id", "Values": [vpc_id]},
                 {"Name": "association.main", "Values": ["true"]}]))
    table_id = tables["RouteTables"][0]["RouteTableId"] if tables else "rtb-0"
    service = "com.amazonaws.us-west-2.s3"
    c.succeeds("ec2 create-vpc-endpoint (S3 gateway)", lambda: ec2.create_vpc_endpoint(
        VpcId=vpc_id, ServiceName=service, VpcEndpointType="Gateway", RouteTableIds=[table_id]))
    lists = c.succeeds("ec2 describe-prefix-lists", lambda: ec2.describe_prefix_lists(
        Filters=[{"Name": "prefix-list-name", "Values": [service]}]))
    routes = ec2.describe_route_tables(RouteTableIds=[table_id])["RouteTables"][0]["Routes"]
    c.check("ec2 main route table routes to S3's prefix list", lists is not None and any(
        r.get("DestinationPrefixListId") == lists["PrefixLists"][0]["PrefixListId"]
        for r in routes), repr(routes))
    other = ec2.create_security_group(VpcId=vpc_id, GroupName="wire-peer", Description="peer")
    ec2.authorize_security_group_ingress(GroupId=other["GroupId"], IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
         "UserIdGroupPairs": [{"GroupId": group_id}]}])

    c.error("ec2 create-subnet overlapping", lambda: ec2.create_subnet(
        VpcId=vpc_id, CidrBlock="10.0.0.0/24"), "InvalidSubnet.Conflict", 400)
    c.error("ec2 create-security-group duplicate", lambda: ec2.create_security_group(
        VpcId=vpc_id, GroupName="wire-efa", Description="again"), "InvalidGroup.Duplicate", 400)
    c.error("ec2 authorize duplicate rule", lambda: ec2.authorize_security_group_ingress(
        GroupId=group_id, IpPermissions=self_rule), "InvalidPermission.Duplicate", 400)
    c.error("ec2 describe-vpcs unknown id", lambda: ec2.describe_vpcs(
        VpcIds=["vpc-0123456789abcdef0"]), "InvalidVpcID.NotFound", 400)
    c.error("ec2 delete-vpc with dependencies", lambda: ec2.delete_vpc(VpcId=vpc_id),
            "DependencyViolation", 400)
    c.error("ec2 delete-security-group referenced by another", lambda:
            ec2.delete_security_group(GroupId=group_id), "DependencyViolation", 400)
    c.error("ec2 create-vpc-endpoint second S3 route", lambda: ec2.create_vpc_endpoint(
        VpcId=vpc_id, ServiceName=service, VpcEndpointType="Gateway", RouteTableIds=[table_id]),
            "RouteAlreadyExists", 400)
    c.error("ec2 dry run", lambda: ec2.create_vpc(CidrBlock="10.9.0.0/16", DryRun=True),
            "DryRunOperation", 412)

    created = c.succeeds("fsx create-file-system (Lustre)", lambda: fsx.create_file_system(
        FileSystemType="LUSTRE", StorageCapacity=1200, SubnetIds=[subnet_id],
        SecurityGroupIds=[group_id],
        LustreConfiguration={"DeploymentType": "PERSISTENT_2", "PerUnitStorageThroughput": 250}))
    c.equal("fsx lifecycle", created and created["FileSystem"]["Lifecycle"], "CREATING")
    listed = c.succeeds("fsx describe-file-systems", fsx.describe_file_systems)
    c.equal("fsx file systems", listed and len(listed["FileSystems"]), 1)
    c.error("fsx describe unknown file system", lambda: fsx.describe_file_systems(
        FileSystemIds=["fs-0123456789abcdef0"]), "FileSystemNotFound", 400)
    c.error("ec2 delete-subnet with a file system in it", lambda: ec2.delete_subnet(
        SubnetId=subnet_id), "DependencyViolation", 400)


def aws_cli(endpoint, *args):
    """Runs the AWS CLI against the endpoint; returns (exit code, stdout, stderr)."""
    done = subprocess.run(["aws", "--endpoint-url", endpoint, "--output", "json"] + list(args),
                          capture_output=True, text=True, timeout=60, env=os.environ.copy())
    return done.returncode, done.stdout, done.stderr


def cli_calls(c, endpoint):
    code, out, err = aws_cli(endpoint, "iam", "get-role", "--role-name", "wire-exec")
    c.check("aws iam get-role", code == 0 and json.loads(out)["Role"]["AssumeRolePolicyDocument"]
            == json.loads(TRUST), err)
    code, out, err = aws_cli(endpoint, "iam", "get-user", "--user-name", "wire-none")
    c.check("aws iam get-user missing fails with NoSuchEntity",
            code != 0 and "(NoSuchEntity)" in err, "exit %d: %s" % (code, err))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("bob,2002,/fsx/bob\n")
    code, out, err = aws_cli(endpoint, "s3", "cp", f.name, "s3://%s/cli/users.txt" % BUCKET)
    c.check("aws s3 cp", code == 0, err)
    code, out, err = aws_cli(endpoint, "s3", "ls", "s3://%s/cli/" % BUCKET)
    c.check("aws s3 ls", code == 0 and "users.txt" in out, out + err)
    code, out, err = aws_cli(endpoint, "ssm", "get-document", "--name",
                             "SSM-SessionManagerRunShell")
    c.check("aws ssm get-document", code == 0 and json.loads(out)["DocumentType"] == "Session",
            out + err)
    code, out, err = aws_cli(endpoint, "ec2", "describe-vpcs", "--filters",
                             "Name=is-default,Values=true")
    c.check("aws ec2 describe-vpcs", code == 0 and json.loads(out)["Vpcs"][0]["CidrBlock"]
            == "172.31.0.0/16", out + err)


def main():
    endpoint = sys.argv[1]
    c = Checks("boto3 and AWS CLI against " + endpoint)
    aws = clients(endpoint)
    identity = c.succeeds("sts get-caller-identity", aws["sts"].get_caller_identity)
    c.equal("sts account", identity and identity["Account"], "123456789012")
    iam_calls(c, aws["iam"])
    s3_calls(c, aws["s3"])
    ssm_calls(c, aws["ssm"])
    quotas_calls(c, aws["service-quotas"])
    ec2_fsx_calls(c, aws["ec2"], aws["fsx"])
    cli_calls(c, endpoint)
    c.finish()


if __name__ == "__main__":
    main()
