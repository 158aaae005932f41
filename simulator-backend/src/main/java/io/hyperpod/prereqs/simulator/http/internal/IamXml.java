package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.iam.IamArns;
import io.hyperpod.prereqs.simulator.internal.iam.IamStore;
import io.hyperpod.prereqs.simulator.internal.iam.PolicyRecord;
import io.hyperpod.prereqs.simulator.internal.iam.PolicyVersionRecord;
import io.hyperpod.prereqs.simulator.internal.iam.RoleRecord;
import io.hyperpod.prereqs.simulator.internal.iam.UserRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;

/**
 * IAM's XML shapes (User, Role, Policy, PolicyVersion, Tag, AttachedPolicy) written from the
 * simulator's records. Policy documents go out URL-encoded (RFC 3986), as IAM sends them.
 */
final class IamXml {
  static final int MAX_SESSION_DURATION = 3600;

  private IamXml() {}

  /** Which answer a role is rendered in: IAM returns different fields in each. */
  enum RoleView {
    /** CreateRole: no MaxSessionDuration, no RoleLastUsed. */
    CREATED,
    /** GetRole: MaxSessionDuration and RoleLastUsed. */
    FETCHED,
    /** ListRoles and the roles of an instance profile: MaxSessionDuration, never tags. */
    LISTED
  }

  /** A user; {@code withTags} (CreateUser, GetUser) adds its boundary and tags, as IAM answers. */
  static void user(Xml xml, String name, String accountId, UserRecord user, boolean withTags) {
    xml.start(name)
        .element("Path", user.path())
        .element("UserName", user.name())
        .element("UserId", user.id())
        .element("Arn", IamArns.user(accountId, user.path(), user.name()))
        .element("CreateDate", user.createDate());
    if (withTags) {
      boundary(xml, user.permissionsBoundaryArn());
    }
    if (withTags && !user.tags().isEmpty()) {
      tags(xml, "Tags", user.tags());
    }
    xml.end();
  }

  static void role(Xml xml, String name, String accountId, RoleRecord role, RoleView view) {
    xml.start(name)
        .element("Path", role.path())
        .element("RoleName", role.name())
        .element("RoleId", role.id())
        .element("Arn", IamArns.role(accountId, role.path(), role.name()))
        .element("CreateDate", role.createDate())
        .element("AssumeRolePolicyDocument", encode(role.assumeRolePolicyDocument()))
        .element("Description", role.description());
    if (view != RoleView.CREATED) {
      xml.element("MaxSessionDuration", MAX_SESSION_DURATION);
    }
    if (view != RoleView.LISTED) { // ListRoles leaves out boundaries, tags and last use
      boundary(xml, role.permissionsBoundaryArn());
    }
    if (view != RoleView.LISTED && !role.tags().isEmpty()) {
      tags(xml, "Tags", role.tags());
    }
    if (view == RoleView.FETCHED) {
      xml.start("RoleLastUsed").end();
    }
    xml.end();
  }

  static void boundary(Xml xml, String arn) {
    if (arn != null) {
      xml.start("PermissionsBoundary")
          .element("PermissionsBoundaryType", "PermissionsBoundaryPolicy")
          .element("PermissionsBoundaryArn", arn)
          .end();
    }
  }

  /** A managed policy's fields, without the enclosing element. */
  static void policyFields(Xml xml, String accountId, PolicyRecord policy, IamStore store) {
    String arn = IamArns.policy(accountId, policy);
    xml.element("PolicyName", policy.name())
        .element("PolicyId", policy.id())
        .element("Arn", arn)
        .element("Path", policy.path())
        .element("DefaultVersionId", policy.defaultVersion().versionId())
        .element("AttachmentCount", store.attachmentCount(arn))
        .element("PermissionsBoundaryUsageCount", 0)
        .element("IsAttachable", true)
        .element("Description", policy.description())
        .element("CreateDate", policy.createDate())
        .element("UpdateDate", policy.updateDate());
  }

  static void policy(
      Xml xml, String accountId, PolicyRecord policy, IamStore store, boolean withTags) {
    xml.start("Policy");
    policyFields(xml, accountId, policy, store);
    if (withTags && !policy.tags().isEmpty()) {
      tags(xml, "Tags", policy.tags());
    }
    xml.end();
  }

  static void version(Xml xml, String name, PolicyVersionRecord version, boolean withDocument) {
    xml.start(name);
    if (withDocument) {
      xml.element("Document", encode(version.document()));
    }
    xml.element("VersionId", version.versionId())
        .element("IsDefaultVersion", version.defaultVersion())
        .element("CreateDate", version.createDate())
        .end();
  }

  static void tags(Xml xml, String name, Map<String, String> tags) {
    xml.start(name);
    tags.forEach(
        (key, value) -> xml.start("member").element("Key", key).element("Value", value).end());
    xml.end();
  }

  /** One page of a principal's or policy's tags: {@code <Tags>} and IAM's marker. */
  static void tagPage(Xml xml, Map<String, String> tags, QueryParams params) {
    MarkerPage<Map.Entry<String, String>> page =
        IamQueryService.page(new ArrayList<>(tags.entrySet()), Map.Entry::getKey, params);
    xml.start("Tags");
    page.items()
        .forEach(
            t -> xml.start("member").element("Key", t.getKey()).element("Value", t.getValue()).end());
    xml.end();
    page.writeIamMarker(xml);
  }

  static void attachedPolicies(Xml xml, String name, Collection<String> arns) {
    xml.start(name);
    for (String arn : arns) {
      xml.start("member")
          .element("PolicyName", IamArns.parsePolicy(arn).name())
          .element("PolicyArn", arn)
          .end();
    }
    xml.end();
  }

  static void inlinePolicies(Xml xml, String name, Map<String, String> policies) {
    xml.start(name);
    policies.forEach(
        (policyName, document) ->
            xml.start("member")
                .element("PolicyName", policyName)
                .element("PolicyDocument", encode(document))
                .end());
    xml.end();
  }

  static void strings(Xml xml, String name, Collection<String> values) {
    xml.start(name);
    values.forEach(value -> xml.element("member", value));
    xml.end();
  }

  /** A policy document as IAM returns it: percent-encoded, every byte but RFC 3986's unreserved. */
  static String encode(String document) {
    return document == null ? null : SigV4.encode(document, true);
  }
}
