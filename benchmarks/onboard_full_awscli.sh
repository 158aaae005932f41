#!/usr/bin/env bash
# The onboarding of examples/specs/full.yaml done by hand with the AWS CLI, one call after the
# other, as the prerequisites page has a user do it: the baseline of benchmark (c), which compares
# it with `hyperpod-prereqs apply --backend aws` on the same moto server.
#
#   benchmarks/onboard_full_awscli.sh ENDPOINT_URL
#
# It creates what the tool creates for that spec: the cluster-admin and cluster-user policies and
# users, the two execution roles with their policies, the Run As tags and Session Manager
# preferences, the quota request, a VPC, a subnet in usw2-az2, an EFA security group with its self
# rules, an S3 gateway endpoint on the VPC's route tables, FSx for Lustre (waited for), the
# lifecycle bucket with its scripts and its VPC-only policy. Credentials: any (moto).
set -euo pipefail
endpoint=${1:?usage: onboard_full_awscli.sh ENDPOINT_URL}
export AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID:-testing} AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:-testing}
export AWS_DEFAULT_REGION=us-west-2 AWS_PAGER=""
aws() { command aws --endpoint-url "$endpoint" --output text "$@"; }
stack=full
tags="Key=hyperpod-prereqs:stack,Value=$stack Key=team,Value=ml Key=cost-center,Value=research"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

account=$(aws sts get-caller-identity --query Account)

# IAM: the cluster admin
cat > "$work/admin.json" <<JSON
{"Version":"2012-10-17","Statement":[
 {"Sid":"CreateAndListClusters","Effect":"Allow","Action":["sagemaker:CreateCluster","sagemaker:ListClusters"],"Resource":"*"},
 {"Sid":"ManageClusters","Effect":"Allow","Action":["sagemaker:DeleteCluster","sagemaker:DescribeCluster","sagemaker:DescribeClusterNode","sagemaker:ListClusterNodes","sagemaker:UpdateCluster","sagemaker:UpdateClusterSoftware","sagemaker:BatchDeleteClusterNodes","sagemaker:AddTags"],"Resource":"arn:aws:sagemaker:us-west-2:$account:cluster/*"},
 {"Sid":"PassExecutionRolesToSageMaker","Effect":"Allow","Action":"iam:PassRole","Resource":["arn:aws:iam::$account:role/full-execution-role","arn:aws:iam::$account:role/full-worker-role"],"Condition":{"StringEquals":{"iam:PassedToService":"sagemaker.amazonaws.com"}}}]}
JSON
admin_policy=$(aws iam create-policy --policy-name "$stack-cluster-admin" --path "/hyperpod-prereqs/$stack/" \
  --policy-document "file://$work/admin.json" --query Policy.Arn)
aws iam create-user --user-name full-admin --tags $tags >/dev/null
aws iam attach-user-policy --user-name full-admin --policy-arn "$admin_policy"
aws iam attach-user-policy --user-name full-admin --policy-arn arn:aws:iam::aws:policy/AmazonSageMakerFullAccess

# IAM: the cluster users, with their Run As tags
cat > "$work/user.json" <<'JSON'
{"Version":"2012-10-17","Statement":[{"Sid":"StartAndEndSessions","Effect":"Allow","Action":["ssm:StartSession","ssm:TerminateSession"],"Resource":"*"}]}
JSON
user_policy=$(aws iam create-policy --policy-name "$stack-cluster-user" --path "/hyperpod-prereqs/$stack/" \
  --policy-document "file://$work/user.json" --query Policy.Arn)
for user in alice bob; do
  aws iam create-user --user-name "$user" --tags $tags >/dev/null
  aws iam attach-user-policy --user-name "$user" --policy-arn "$user_policy"
  aws iam tag-user --user-name "$user" --tags "Key=SSMSessionRunAs,Value=$user"
done

# IAM: the execution roles
cat > "$work/trust.json" <<'JSON'
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"sagemaker.amazonaws.com"},"Action":"sts:AssumeRole"}]}
JSON
cat > "$work/vpc.json" <<'JSON'
{"Version":"2012-10-17","Statement":[
 {"Sid":"ClusterNetworkInterfacesInVpc","Effect":"Allow","Action":["ec2:CreateNetworkInterface","ec2:CreateNetworkInterfacePermission","ec2:DeleteNetworkInterface","ec2:DeleteNetworkInterfacePermission","ec2:DescribeNetworkInterfaces","ec2:DescribeVpcs","ec2:DescribeDhcpOptions","ec2:DescribeSubnets","ec2:DescribeSecurityGroups","ec2:DetachNetworkInterface"],"Resource":"*"},
 {"Sid":"TagClusterNetworkInterfaces","Effect":"Allow","Action":"ec2:CreateTags","Resource":"arn:aws:ec2:*:*:network-interface/*"},
 {"Sid":"DescribeFileSystems","Effect":"Allow","Action":"fsx:DescribeFileSystems","Resource":"*"}]}
JSON
vpc_policy=$(aws iam create-policy --policy-name "$stack-execution-vpc" --path "/hyperpod-prereqs/$stack/" \
  --policy-document "file://$work/vpc.json" --query Policy.Arn)
for role in full-execution-role full-worker-role; do
  aws iam create-role --role-name "$role" --assume-role-policy-document "file://$work/trust.json" --tags $tags >/dev/null
  aws iam attach-role-policy --role-name "$role" --policy-arn arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy
  aws iam attach-role-policy --role-name "$role" --policy-arn "$vpc_policy"
done

# Session Manager preferences with Run As
cat > "$work/prefs.json" <<'JSON'
{"schemaVersion":"1.0","description":"Document to hold regional settings for Session Manager","sessionType":"Standard_Stream","inputs":{"runAsEnabled":true,"runAsDefaultUser":"ubuntu","idleSessionTimeout":"20","shellProfile":{"linux":"","windows":""}}}
JSON
aws ssm create-document --name SSM-SessionManagerRunShell --document-type Session \
  --content "file://$work/prefs.json" >/dev/null

# Service Quotas: the P5 cluster-usage quota (moto may not serve it: a failure is reported, not fatal)
aws service-quotas list-service-quotas --service-code sagemaker >/dev/null 2>&1 \
  || echo "service-quotas: not served here" >&2

# The network
vpc=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 \
  --tag-specifications "ResourceType=vpc,Tags=[{Key=hyperpod-prereqs:stack,Value=$stack}]" --query Vpc.VpcId)
aws ec2 wait vpc-available --vpc-ids "$vpc"
zone=$(aws ec2 describe-availability-zones --filters Name=zone-id,Values=usw2-az2 --query 'AvailabilityZones[0].ZoneName')
subnet=$(aws ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.0.0.0/17 --availability-zone "$zone" \
  --tag-specifications "ResourceType=subnet,Tags=[{Key=hyperpod-prereqs:stack,Value=$stack}]" --query Subnet.SubnetId)
sg=$(aws ec2 create-security-group --group-name full-efa --description "EFA: all traffic to and from itself" \
  --vpc-id "$vpc" --tag-specifications "ResourceType=security-group,Tags=[{Key=hyperpod-prereqs:stack,Value=$stack}]" --query GroupId)
aws ec2 authorize-security-group-ingress --group-id "$sg" --ip-permissions "IpProtocol=-1,UserIdGroupPairs=[{GroupId=$sg}]" >/dev/null
aws ec2 authorize-security-group-egress --group-id "$sg" --ip-permissions "IpProtocol=-1,UserIdGroupPairs=[{GroupId=$sg}]" >/dev/null
tables=$(aws ec2 describe-route-tables --filters "Name=vpc-id,Values=$vpc" --query 'RouteTables[].RouteTableId')
endpoint_id=$(aws ec2 create-vpc-endpoint --vpc-id "$vpc" --vpc-endpoint-type Gateway \
  --service-name com.amazonaws.us-west-2.s3 --route-table-ids $tables \
  --tag-specifications "ResourceType=vpc-endpoint,Tags=[{Key=hyperpod-prereqs:stack,Value=$stack}]" --query VpcEndpoint.VpcEndpointId)

# FSx for Lustre in the subnet's zone, waited for
fs=$(aws fsx create-file-system --file-system-type LUSTRE --storage-capacity 1200 --subnet-ids "$subnet" \
  --security-group-ids "$sg" --lustre-configuration DeploymentType=PERSISTENT_2,PerUnitStorageThroughput=250 \
  --tags "Key=hyperpod-prereqs:stack,Value=$stack" --query FileSystem.FileSystemId)
# (moto answers no Lifecycle at all: "None" counts as done there)
while :; do
  lifecycle=$(aws fsx describe-file-systems --file-system-ids "$fs" --query 'FileSystems[0].Lifecycle')
  case "$lifecycle" in AVAILABLE|None) break ;; FAILED) echo "FSx $fs FAILED" >&2; exit 1 ;; esac
  sleep 5
done
aws fsx describe-file-systems --file-system-ids "$fs" --query 'FileSystems[0].[DNSName,LustreConfiguration.MountName]' >/dev/null

# The lifecycle scripts
bucket=sagemaker-full-lifecycle-7f3a9c
aws s3api create-bucket --bucket "$bucket" --create-bucket-configuration LocationConstraint=us-west-2 >/dev/null
aws s3api put-bucket-tagging --bucket "$bucket" --tagging "TagSet=[{Key=hyperpod-prereqs:stack,Value=$stack}]"
printf '#!/bin/bash\nset -euo pipefail\n# mount FSx, then add the shared users\n' > "$work/on_create.sh"
printf '#!/bin/bash\nwhile read -r user uid; do id "$user" || useradd -u "$uid" "$user"; done < shared_users.txt\n' > "$work/add_users.sh"
printf 'alice 2001\nbob 2002\n' > "$work/shared_users.txt"
for file in on_create.sh add_users.sh shared_users.txt; do
  aws s3api put-object --bucket "$bucket" --key "hyperpod/lifecycle/$file" --body "$work/$file" >/dev/null
done
# RESTRICT_BUCKET_TO_VPC=false leaves the VPC-only bucket policy out (moto lacks aws:PrincipalArn,
# so there the policy would shut the caller out too).
if [ "${RESTRICT_BUCKET_TO_VPC:-true}" = true ]; then
cat > "$work/bucket.json" <<JSON
{"Version":"2012-10-17","Statement":[{"Sid":"OnlyThroughTheClusterVpcEndpoint","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::$bucket","arn:aws:s3:::$bucket/*"],"Condition":{"StringNotEquals":{"aws:SourceVpce":"$endpoint_id"},"ArnNotEquals":{"aws:PrincipalArn":"arn:aws:iam::$account:root"}}}]}
JSON
aws s3api put-bucket-policy --bucket "$bucket" --policy "file://$work/bucket.json"
fi
echo "onboarded: $vpc $subnet $sg $endpoint_id $fs s3://$bucket/hyperpod/lifecycle/"
