package io.hyperpod.prereqs.aws;

import static io.hyperpod.prereqs.aws.AwsWire.ACCOUNT;
import static io.hyperpod.prereqs.aws.AwsWire.urlEncoded;

/** IAM response fragments (members of query-protocol results) for the tests. */
final class IamXml {
  /** The IAM path of stack demo's policies, as the engine creates them. */
  static final String STACK_PATH = "/hyperpod-prereqs/demo/";
  static final String CREATED = "2025-01-02T03:04:05Z";
  static final String TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
  /** A document with a '+' and a literal "%20": decoding it twice would change it. */
  static final String READ_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
          + "\"Resource\":\"arn:aws:s3:::sagemaker-demo/a+b%20c\"}]}";

  private IamXml() {}

  static String role(String name) {
    return "<Role><Path>/</Path><RoleName>"
        + name
        + "</RoleName><RoleId>AROATEST"
        + name
        + "</RoleId><Arn>arn:aws:iam::"
        + ACCOUNT
        + ":role/"
        + name
        + "</Arn><CreateDate>"
        + CREATED
        + "</CreateDate><AssumeRolePolicyDocument>"
        + urlEncoded(TRUST)
        + "</AssumeRolePolicyDocument><Description>HyperPod execution role</Description>"
        + "<MaxSessionDuration>3600</MaxSessionDuration>"
        + "<Tags><member><Key>hyperpod-prereqs:stack</Key><Value>demo</Value></member></Tags></Role>";
  }

  static String user(String name) {
    return "<User><Path>/</Path><UserName>"
        + name
        + "</UserName><UserId>AIDATEST"
        + name
        + "</UserId><Arn>"
        + userArn(name)
        + "</Arn><CreateDate>"
        + CREATED
        + "</CreateDate><Tags><member><Key>SSMSessionRunAs</Key><Value>"
        + name
        + "</Value></member></Tags></User>";
  }

  static String policy(String name, String defaultVersion) {
    return "<Policy><PolicyName>"
        + name
        + "</PolicyName><PolicyId>ANPATEST</PolicyId><Arn>"
        + policyArn(name)
        + "</Arn><Path>"
        + STACK_PATH
        + "</Path><DefaultVersionId>"
        + defaultVersion
        + "</DefaultVersionId><AttachmentCount>2</AttachmentCount>"
        + "<PermissionsBoundaryUsageCount>0</PermissionsBoundaryUsageCount>"
        + "<IsAttachable>true</IsAttachable><CreateDate>"
        + CREATED
        + "</CreateDate><UpdateDate>"
        + CREATED
        + "</UpdateDate><Tags><member><Key>hyperpod-prereqs:stack</Key><Value>demo</Value>"
        + "</member></Tags></Policy>";
  }

  static String version(String id, boolean isDefault, String document) {
    return "<member>"
        + (document == null ? "" : "<Document>" + urlEncoded(document) + "</Document>")
        + "<VersionId>"
        + id
        + "</VersionId><IsDefaultVersion>"
        + isDefault
        + "</IsDefaultVersion><CreateDate>"
        + CREATED
        + "</CreateDate></member>";
  }

  static String userDetail(String name) {
    return "<member><Path>/</Path><UserName>"
        + name
        + "</UserName><UserId>AIDATEST"
        + name
        + "</UserId><Arn>"
        + userArn(name)
        + "</Arn><CreateDate>"
        + CREATED
        + "</CreateDate><UserPolicyList><member><PolicyName>read</PolicyName><PolicyDocument>"
        + urlEncoded(READ_POLICY)
        + "</PolicyDocument></member></UserPolicyList><GroupList/><AttachedManagedPolicies>"
        + "<member><PolicyName>demo-cluster-user</PolicyName><PolicyArn>"
        + policyArn("demo-cluster-user")
        + "</PolicyArn></member></AttachedManagedPolicies><Tags><member><Key>SSMSessionRunAs</Key>"
        + "<Value>"
        + name
        + "</Value></member></Tags></member>";
  }

  static String roleDetail(String name) {
    return "<member><Path>/</Path><RoleName>"
        + name
        + "</RoleName><RoleId>AROATEST"
        + name
        + "</RoleId><Arn>arn:aws:iam::"
        + ACCOUNT
        + ":role/"
        + name
        + "</Arn><CreateDate>"
        + CREATED
        + "</CreateDate><AssumeRolePolicyDocument>"
        + urlEncoded(TRUST)
        + "</AssumeRolePolicyDocument><InstanceProfileList/><RolePolicyList/>"
        + "<AttachedManagedPolicies><member><PolicyName>AmazonSageMakerClusterInstanceRolePolicy"
        + "</PolicyName><PolicyArn>arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy"
        + "</PolicyArn></member></AttachedManagedPolicies><Tags><member>"
        + "<Key>hyperpod-prereqs:stack</Key><Value>demo</Value></member></Tags></member>";
  }

  static String policyDetail(String name) {
    return "<member><PolicyName>"
        + name
        + "</PolicyName><PolicyId>ANPATEST</PolicyId><Arn>"
        + policyArn(name)
        + "</Arn><Path>"
        + STACK_PATH
        + "</Path><DefaultVersionId>v2</DefaultVersionId>"
        + "<AttachmentCount>1000</AttachmentCount><PermissionsBoundaryUsageCount>0"
        + "</PermissionsBoundaryUsageCount><IsAttachable>true</IsAttachable><CreateDate>"
        + CREATED
        + "</CreateDate><UpdateDate>"
        + CREATED
        + "</UpdateDate><PolicyVersionList>"
        + version("v2", true, READ_POLICY)
        + version("v1", false, "{}")
        + "</PolicyVersionList></member>";
  }

  static String userArn(String name) {
    return "arn:aws:iam::" + ACCOUNT + ":user/" + name;
  }

  /** A policy of stack demo: under the stack's IAM path. */
  static String policyArn(String name) {
    return "arn:aws:iam::" + ACCOUNT + ":policy" + STACK_PATH + name;
  }
}
