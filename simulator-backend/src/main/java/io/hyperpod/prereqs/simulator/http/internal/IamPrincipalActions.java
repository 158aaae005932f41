package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.SimClock;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.iam.IamArns;
import io.hyperpod.prereqs.simulator.internal.iam.IamOperations;
import io.hyperpod.prereqs.simulator.internal.iam.PermissionsBoundaries;
import io.hyperpod.prereqs.simulator.internal.iam.PrincipalRecord;
import io.hyperpod.prereqs.simulator.internal.iam.RoleRecord;
import io.hyperpod.prereqs.simulator.internal.iam.UserRecord;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * IAM's user and role operations on the wire: create/get/delete, trust policy, tags, managed
 * policy attachments and inline policies. Most come in a User and a Role variant that differ only in
 * the name parameter, so each is written once for a {@link Kind}.
 */
final class IamPrincipalActions {
  /** Users or roles: the parameter and element names that differ. */
  enum Kind {
    USER("User", "UserName"),
    ROLE("Role", "RoleName");

    final String label;
    final String nameParameter;

    Kind(String label, String nameParameter) {
      this.label = label;
      this.nameParameter = nameParameter;
    }

    PrincipalRef ref(QueryParams params) {
      String name = params.get(nameParameter);
      return this == USER ? PrincipalRef.user(name) : PrincipalRef.role(name);
    }
  }

  private IamPrincipalActions() {}

  static void register(IamQueryService iam) {
    iam.action("CreateUser", IamPrincipalActions::createUser);
    iam.action("GetUser", IamPrincipalActions::getUser);
    iam.action("DeleteUser", (p, c, x) -> ops(c).deleteUser(p.get("UserName")));
    iam.action("CreateRole", IamPrincipalActions::createRole);
    iam.action(
        "GetRole",
        (p, c, x) ->
            IamXml.role(
                x, "Role", c.accountId(), ops(c).getRole(p.get("RoleName")), IamXml.RoleView.FETCHED));
    iam.action("DeleteRole", (p, c, x) -> ops(c).deleteRole(p.get("RoleName")));
    iam.action(
        "PutRolePermissionsBoundary",
        (p, c, x) ->
            PermissionsBoundaries.put(
                ops(c), p.get("RoleName"), p.required("PermissionsBoundary")));
    iam.action(
        "DeleteRolePermissionsBoundary",
        (p, c, x) -> PermissionsBoundaries.delete(ops(c), p.get("RoleName")));
    iam.action(
        "PutUserPermissionsBoundary",
        (p, c, x) ->
            PermissionsBoundaries.putUser(
                ops(c), p.get("UserName"), p.required("PermissionsBoundary")));
    iam.action(
        "DeleteUserPermissionsBoundary",
        (p, c, x) -> PermissionsBoundaries.deleteUser(ops(c), p.get("UserName")));
    iam.action(
        "UpdateAssumeRolePolicy",
        (p, c, x) ->
            ops(c).updateAssumeRolePolicy(p.get("RoleName"), p.required("PolicyDocument")));
    for (Kind kind : Kind.values()) {
      registerBoth(iam, kind);
    }
  }

  private static void registerBoth(IamQueryService iam, Kind kind) {
    String l = kind.label;
    iam.action("Tag" + l, (p, c, x) -> ops(c).tag(kind.ref(p), p.tags("Tags")));
    iam.action("Untag" + l, (p, c, x) -> ops(c).untag(kind.ref(p), p.memberList("TagKeys")));
    iam.action(
        "List" + l + "Tags",
        (p, c, x) -> IamXml.tagPage(x, ops(c).principal(kind.ref(p)).tags(), p));
    iam.action(
        "Attach" + l + "Policy",
        (p, c, x) -> ops(c).attachPolicy(kind.ref(p), p.required("PolicyArn")));
    iam.action(
        "Detach" + l + "Policy",
        (p, c, x) -> ops(c).detachPolicy(kind.ref(p), p.required("PolicyArn")));
    iam.action(
        "ListAttached" + l + "Policies",
        (p, c, x) -> {
          String prefix = p.get("PathPrefix", "/");
          List<String> arns =
              ops(c).principal(kind.ref(p)).attachedPolicyArns().stream()
                  .filter(arn -> IamArns.parsePolicy(arn).path().startsWith(prefix))
                  .collect(Collectors.toList());
          MarkerPage<String> page = IamQueryService.page(arns, Function.identity(), p);
          IamXml.attachedPolicies(x, "AttachedPolicies", page.items());
          page.writeIamMarker(x);
        });
    iam.action(
        "Put" + l + "Policy",
        (p, c, x) ->
            ops(c)
                .putInlinePolicy(
                    kind.ref(p), p.get("PolicyName"), p.required("PolicyDocument")));
    iam.action(
        "Get" + l + "Policy",
        (p, c, x) -> {
          PrincipalRef ref = kind.ref(p);
          String document = ops(c).getInlinePolicy(ref, p.get("PolicyName"));
          x.element(kind.nameParameter, ops(c).principal(ref).name())
              .element("PolicyName", p.get("PolicyName"))
              .element("PolicyDocument", IamXml.encode(document));
        });
    iam.action(
        "Delete" + l + "Policy",
        (p, c, x) -> ops(c).deleteInlinePolicy(kind.ref(p), p.get("PolicyName")));
    iam.action(
        "List" + l + "Policies",
        (p, c, x) -> {
          PrincipalRecord principal = ops(c).principal(kind.ref(p));
          MarkerPage<String> page =
              IamQueryService.page(
                  new ArrayList<>(principal.inlinePolicies().keySet()), Function.identity(), p);
          IamXml.strings(x, "PolicyNames", page.items());
          page.writeIamMarker(x);
        });
  }

  private static void createUser(QueryParams p, BackendContext c, Xml x) {
    String boundary = boundary(p, c);
    UserRecord user = ops(c).createUser(p.get("UserName"), p.get("Path", "/"), p.tags("Tags"));
    PermissionsBoundaries.set(user, boundary);
    IamXml.user(x, "User", c.accountId(), user, true);
  }

  /** GetUser without a name answers for the caller: a user, or the root "user". */
  private static void getUser(QueryParams p, BackendContext c, Xml x) {
    String name = p.get("UserName");
    if (name == null) {
      SimulatedCaller caller = c.caller();
      if (caller.kind() == SimulatedCaller.Kind.ROOT) {
        x.start("User")
            .element("UserId", c.accountId())
            .element("Arn", "arn:aws:iam::" + c.accountId() + ":root")
            .element("CreateDate", SimClock.DEFAULT_START)
            .end();
        return;
      }
      if (caller.kind() == SimulatedCaller.Kind.ROLE) {
        throw AwsError.IAM_VALIDATION_ERROR.exception(
            "Must specify userName when calling with non-User credentials",
            "Must specify userName when calling with non-User credentials (the caller is a"
                + " session of role "
                + caller.name().orElseThrow()
                + ")");
      }
      name = caller.name().orElseThrow();
    }
    IamXml.user(x, "User", c.accountId(), ops(c).getUser(name), true);
  }

  /** CreateUser/CreateRole's PermissionsBoundary, checked before anything is created; may be null. */
  private static String boundary(QueryParams p, BackendContext c) {
    String arn = p.get("PermissionsBoundary");
    return arn == null ? null : PermissionsBoundaries.checked(ops(c), arn);
  }

  private static void createRole(QueryParams p, BackendContext c, Xml x) {
    String boundary = boundary(p, c);
    Integer duration = p.integer("MaxSessionDuration");
    if (duration != null && duration != IamXml.MAX_SESSION_DURATION) {
      throw AwsError.IAM_INVALID_INPUT.exception(
          "MaxSessionDuration "
              + duration
              + " is not supported by the simulator; leave it out (roles last "
              + IamXml.MAX_SESSION_DURATION
              + " seconds).");
    }
    RoleRecord role =
        ops(c)
            .createRole(
                p.get("RoleName"),
                p.get("Path", "/"),
                p.required("AssumeRolePolicyDocument"),
                p.get("Description"),
                p.tags("Tags"));
    PermissionsBoundaries.set(role, boundary);
    IamXml.role(x, "Role", c.accountId(), role, IamXml.RoleView.CREATED);
  }

  private static IamOperations ops(BackendContext context) {
    return new IamOperations(context);
  }
}
