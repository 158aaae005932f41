package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.iam.GroupRecord;
import io.hyperpod.prereqs.simulator.internal.iam.IamArns;
import io.hyperpod.prereqs.simulator.internal.iam.IamOperations;
import io.hyperpod.prereqs.simulator.internal.iam.IamStore;
import io.hyperpod.prereqs.simulator.internal.iam.PolicyRecord;
import io.hyperpod.prereqs.simulator.internal.iam.PolicyVersionRecord;
import io.hyperpod.prereqs.simulator.internal.iam.RoleRecord;
import io.hyperpod.prereqs.simulator.internal.iam.UserRecord;
import io.hyperpod.prereqs.simulator.internal.iam.PrincipalRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** IAM's account-wide listings: users, roles, policies and GetAccountAuthorizationDetails (users, groups, roles, policies). */
final class IamListActions {
  private static final Set<String> FILTERS =
      Set.of("User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy");

  private IamListActions() {}

  static void register(IamQueryService iam) {
    iam.action(
        "ListUsers",
        (p, c, x) ->
            listPrincipals(
                p, x, "Users", ops(c).store().users(),
                u -> IamXml.user(x, "member", c.accountId(), u, false)));
    iam.action(
        "ListRoles",
        (p, c, x) ->
            listPrincipals(
                p, x, "Roles", ops(c).store().roles(),
                r -> IamXml.role(x, "member", c.accountId(), r, IamXml.RoleView.LISTED)));
    iam.action("ListPolicies", IamListActions::listPolicies);
    iam.action("GetAccountAuthorizationDetails", IamListActions::authorizationDetails);
  }

  /** ListUsers and ListRoles: those under PathPrefix, by name, one page. */
  private static <T extends PrincipalRecord> void listPrincipals(
      QueryParams p, Xml x, String element, Collection<T> all, Consumer<T> member) {
    String prefix = p.get("PathPrefix", "/");
    MarkerPage<T> page =
        IamQueryService.page(
            all.stream().filter(r -> r.path().startsWith(prefix)).collect(Collectors.toList()),
            r -> r.name().toLowerCase(Locale.ROOT),
            p);
    x.start(element);
    page.items().forEach(member);
    x.end();
    page.writeIamMarker(x);
  }

  /** ListPolicies: Scope All (default), AWS or Local; OnlyAttached; PathPrefix. */
  private static void listPolicies(QueryParams p, BackendContext c, Xml x) {
    IamOperations ops = ops(c);
    String scope = p.get("Scope", "All");
    if (!Set.of("All", "AWS", "Local").contains(scope)) {
      throw AwsError.IAM_VALIDATION_ERROR.exception(
          "1 validation error detected: Value '"
              + scope
              + "' at 'scope' failed to satisfy constraint: Member must satisfy enum value set:"
              + " [All, AWS, Local]");
    }
    boolean onlyAttached = p.bool("OnlyAttached", false);
    String prefix = p.get("PathPrefix", "/");
    List<PolicyRecord> policies = new ArrayList<>();
    if (!scope.equals("Local")) {
      policies.addAll(ops.awsManagedPolicies());
    }
    if (!scope.equals("AWS")) {
      policies.addAll(ops.store().policies());
    }
    IamStore store = ops.store();
    policies.removeIf(
        policy ->
            !policy.path().startsWith(prefix)
                || (onlyAttached
                    && store.attachmentCount(IamArns.policy(c.accountId(), policy)) == 0));
    MarkerPage<PolicyRecord> page = IamQueryService.page(policies, IamListActions::policyKey, p);
    x.start("Policies");
    for (PolicyRecord policy : page.items()) {
      x.start("member");
      IamXml.policyFields(x, c.accountId(), policy, store);
      x.end();
    }
    x.end();
    page.writeIamMarker(x);
  }

  /**
   * Users, groups, roles and managed policies (customer ones, and the AWS ones in use) with everything
   * attached to them, in one paged listing ordered users, groups, roles, policies.
   */
  private static void authorizationDetails(QueryParams p, BackendContext c, Xml x) {
    IamOperations ops = ops(c);
    IamStore store = ops.store();
    List<String> filters = p.memberList("Filter");
    for (String filter : filters) {
      if (!FILTERS.contains(filter)) {
        throw AwsError.IAM_VALIDATION_ERROR.exception(
            "1 validation error detected: Value '["
                + filter
                + "]' at 'filter' failed to satisfy constraint: Member must satisfy constraint:"
                + " [Member must satisfy enum value set: "
                + FILTERS
                + "]");
      }
    }
    List<Object> entries = new ArrayList<>();
    if (filters.isEmpty() || filters.contains("User")) {
      entries.addAll(store.users());
    }
    if (filters.isEmpty() || filters.contains("Group")) {
      entries.addAll(store.groups());
    }
    if (filters.isEmpty() || filters.contains("Role")) {
      entries.addAll(store.roles());
    }
    if (filters.isEmpty() || filters.contains("LocalManagedPolicy")) {
      entries.addAll(store.policies());
    }
    if (filters.isEmpty() || filters.contains("AWSManagedPolicy")) {
      ops.awsManagedPolicies().stream()
          .filter(policy -> store.attachmentCount(IamArns.policy(c.accountId(), policy)) > 0)
          .forEach(entries::add);
    }
    MarkerPage<Object> page = IamQueryService.page(entries, IamListActions::entryKey, p);
    x.start("UserDetailList");
    for (Object entry : page.items()) {
      if (entry instanceof UserRecord) {
        userDetail(x, c.accountId(), store, (UserRecord) entry);
      }
    }
    x.end().start("GroupDetailList");
    for (Object entry : page.items()) {
      if (entry instanceof GroupRecord) {
        groupDetail(x, c.accountId(), (GroupRecord) entry);
      }
    }
    x.end().start("RoleDetailList");
    for (Object entry : page.items()) {
      if (entry instanceof RoleRecord) {
        roleDetail(x, c, store, (RoleRecord) entry);
      }
    }
    x.end().start("Policies");
    for (Object entry : page.items()) {
      if (entry instanceof PolicyRecord) {
        PolicyRecord policy = (PolicyRecord) entry;
        x.start("member");
        IamXml.policyFields(x, c.accountId(), policy, store);
        x.start("PolicyVersionList");
        for (PolicyVersionRecord version : policy.versions()) {
          IamXml.version(x, "member", version, true);
        }
        x.end().end();
      }
    }
    x.end();
    page.writeIamMarker(x);
  }

  private static void userDetail(Xml x, String accountId, IamStore store, UserRecord user) {
    x.start("member")
        .element("Path", user.path())
        .element("UserName", user.name())
        .element("UserId", user.id())
        .element("Arn", IamArns.user(accountId, user.path(), user.name()))
        .element("CreateDate", user.createDate());
    IamXml.inlinePolicies(x, "UserPolicyList", user.inlinePolicies());
    IamXml.strings(
        x,
        "GroupList",
        store.groupsOf(user.name()).stream().map(GroupRecord::name).collect(Collectors.toList()));
    IamXml.attachedPolicies(x, "AttachedManagedPolicies", user.attachedPolicyArns());
    IamXml.boundary(x, user.permissionsBoundaryArn());
    IamXml.tags(x, "Tags", user.tags());
    x.end();
  }

  /** A group with its inline and attached policies (groups have no tags). */
  private static void groupDetail(Xml x, String accountId, GroupRecord group) {
    x.start("member")
        .element("Path", group.path())
        .element("GroupName", group.name())
        .element("GroupId", group.id())
        .element("Arn", IamArns.group(accountId, group.path(), group.name()))
        .element("CreateDate", group.createDate());
    IamXml.inlinePolicies(x, "GroupPolicyList", group.inlinePolicies());
    IamXml.attachedPolicies(x, "AttachedManagedPolicies", group.attachedPolicyArns());
    x.end();
  }

  private static void roleDetail(Xml x, BackendContext c, IamStore store, RoleRecord role) {
    String accountId = c.accountId();
    x.start("member")
        .element("Path", role.path())
        .element("RoleName", role.name())
        .element("RoleId", role.id())
        .element("Arn", IamArns.role(accountId, role.path(), role.name()))
        .element("CreateDate", role.createDate())
        .element("AssumeRolePolicyDocument", IamXml.encode(role.assumeRolePolicyDocument()));
    x.start("InstanceProfileList");
    store
        .instanceProfilesOf(role.name())
        .forEach(profile -> IamInstanceProfileActions.profile(x, "member", c, profile));
    x.end();
    IamXml.inlinePolicies(x, "RolePolicyList", role.inlinePolicies());
    IamXml.attachedPolicies(x, "AttachedManagedPolicies", role.attachedPolicyArns());
    IamXml.boundary(x, role.permissionsBoundaryArn());
    IamXml.tags(x, "Tags", role.tags());
    x.end();
  }

  private static String policyKey(PolicyRecord policy) {
    return (policy.awsManaged() ? "a:" : "l:") + policy.name().toLowerCase(Locale.ROOT);
  }

  private static String entryKey(Object entry) {
    if (entry instanceof UserRecord) {
      return "1:" + ((UserRecord) entry).name().toLowerCase(Locale.ROOT);
    }
    if (entry instanceof GroupRecord) {
      return "2:" + ((GroupRecord) entry).name().toLowerCase(Locale.ROOT);
    }
    if (entry instanceof RoleRecord) {
      return "3:" + ((RoleRecord) entry).name().toLowerCase(Locale.ROOT);
    }
    return "4:" + policyKey((PolicyRecord) entry);
  }

  private static IamOperations ops(BackendContext context) {
    return new IamOperations(context);
  }
}
