package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.iam.GroupRecord;
import io.hyperpod.prereqs.simulator.internal.iam.IamArns;
import io.hyperpod.prereqs.simulator.internal.iam.IamOperations;
import io.hyperpod.prereqs.simulator.internal.iam.IamStore;
import io.hyperpod.prereqs.simulator.internal.iam.PolicyRecord;
import io.hyperpod.prereqs.simulator.internal.iam.PolicyVersionRecord;
import io.hyperpod.prereqs.simulator.internal.iam.PrincipalRecord;
import io.hyperpod.prereqs.simulator.internal.iam.RoleRecord;
import io.hyperpod.prereqs.simulator.internal.iam.UserRecord;
import java.util.ArrayList;
import java.util.List;

/** IAM's managed-policy operations on the wire: policies, their versions, tags and users. */
final class IamPolicyActions {
  private IamPolicyActions() {}

  static void register(IamQueryService iam) {
    iam.action("CreatePolicy", IamPolicyActions::createPolicy);
    iam.action(
        "GetPolicy",
        (p, c, x) -> {
          IamOperations ops = ops(c);
          IamXml.policy(x, c.accountId(), ops.getPolicy(arn(p)), ops.store(), true);
        });
    iam.action("DeletePolicy", (p, c, x) -> ops(c).deletePolicy(arn(p)));
    iam.action(
        "CreatePolicyVersion",
        (p, c, x) ->
            IamXml.version(
                x,
                "PolicyVersion",
                ops(c)
                    .createPolicyVersion(
                        arn(p), p.required("PolicyDocument"), p.bool("SetAsDefault", false)),
                false));
    iam.action(
        "GetPolicyVersion",
        (p, c, x) ->
            IamXml.version(
                x,
                "PolicyVersion",
                ops(c).getPolicyVersion(arn(p), p.required("VersionId")),
                true));
    iam.action(
        "ListPolicyVersions",
        (p, c, x) -> {
          MarkerPage<PolicyVersionRecord> page =
              IamQueryService.page(
                  ops(c).listPolicyVersions(arn(p)),
                  v -> String.format("%010d", Integer.parseInt(v.versionId().substring(1))),
                  p);
          x.start("Versions");
          page.items().forEach(v -> IamXml.version(x, "member", v, false));
          x.end();
          page.writeIamMarker(x);
        });
    iam.action(
        "DeletePolicyVersion",
        (p, c, x) -> ops(c).deletePolicyVersion(arn(p), p.required("VersionId")));
    iam.action(
        "SetDefaultPolicyVersion",
        (p, c, x) -> ops(c).setDefaultPolicyVersion(arn(p), p.required("VersionId")));
    iam.action("TagPolicy", (p, c, x) -> ops(c).tagPolicy(arn(p), p.tags("Tags")));
    iam.action("UntagPolicy", (p, c, x) -> ops(c).untagPolicy(arn(p), p.memberList("TagKeys")));
    iam.action(
        "ListPolicyTags", (p, c, x) -> IamXml.tagPage(x, ops(c).getPolicy(arn(p)).tags(), p));
    iam.action("ListEntitiesForPolicy", IamPolicyActions::listEntitiesForPolicy);
  }

  private static void createPolicy(QueryParams p, BackendContext c, Xml x) {
    IamOperations ops = ops(c);
    PolicyRecord policy =
        ops.createPolicy(
            p.get("PolicyName"),
            p.get("Path", "/"),
            p.required("PolicyDocument"),
            p.get("Description"),
            p.tags("Tags"));
    IamXml.policy(x, c.accountId(), policy, ops.store(), true);
  }

  /** The groups, users and roles a policy is attached to. */
  /** Groups, then users, then roles, as one listing's order. */
  private static String entityKind(PrincipalRecord r) {
    return r instanceof GroupRecord ? "g" : r instanceof UserRecord ? "u" : "r";
  }

  private static void listEntitiesForPolicy(QueryParams p, BackendContext c, Xml x) {
    IamOperations ops = ops(c);
    PolicyRecord policy = ops.getPolicy(arn(p));
    String arn = IamArns.policy(c.accountId(), policy);
    String filter = p.get("EntityFilter", "");
    String prefix = p.get("PathPrefix", "/");
    IamStore store = ops.store();
    List<PrincipalRecord> principals = new ArrayList<>();
    if (filter.isEmpty() || filter.equals("Group")) {
      principals.addAll(store.groups());
    }
    if (filter.isEmpty() || filter.equals("User")) {
      principals.addAll(store.users());
    }
    if (filter.isEmpty() || filter.equals("Role")) {
      principals.addAll(store.roles());
    }
    principals.removeIf(
        principal ->
            !principal.attachedPolicyArns().contains(arn) || !principal.path().startsWith(prefix));
    MarkerPage<PrincipalRecord> page =
        IamQueryService.page(
            principals, r -> entityKind(r) + r.name(), p);
    x.start("PolicyGroups");
    page.items().stream()
        .filter(r -> r instanceof GroupRecord)
        .forEach(
            g -> x.start("member").element("GroupName", g.name()).element("GroupId", g.id()).end());
    x.end().start("PolicyUsers");
    page.items().stream()
        .filter(r -> r instanceof UserRecord)
        .forEach(
            u -> x.start("member").element("UserName", u.name()).element("UserId", u.id()).end());
    x.end().start("PolicyRoles");
    page.items().stream()
        .filter(r -> r instanceof RoleRecord)
        .forEach(
            r -> x.start("member").element("RoleName", r.name()).element("RoleId", r.id()).end());
    x.end();
    page.writeIamMarker(x);
  }

  private static String arn(QueryParams params) {
    return params.required("PolicyArn");
  }

  private static IamOperations ops(BackendContext context) {
    return new IamOperations(context);
  }
}
