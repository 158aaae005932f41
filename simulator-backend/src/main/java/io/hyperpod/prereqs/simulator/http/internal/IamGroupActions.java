package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.iam.GroupRecord;
import io.hyperpod.prereqs.simulator.internal.iam.IamArns;
import io.hyperpod.prereqs.simulator.internal.iam.IamGroupOperations;
import io.hyperpod.prereqs.simulator.internal.iam.IamOperations;
import io.hyperpod.prereqs.simulator.internal.iam.UserRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * IAM groups on the wire: Create/Get/Delete/ListGroups, Add/RemoveUserToGroup,
 * ListGroupsForUser, Put/Get/Delete/ListGroupPolicies, Attach/Detach/ListAttachedGroupPolicies.
 */
final class IamGroupActions {
  private IamGroupActions() {}

  static void register(IamQueryService iam) {
    iam.action(
        "CreateGroup",
        (p, c, x) ->
            group(x, "Group", c, groups(c).createGroup(p.get("GroupName"), p.get("Path", "/"))));
    iam.action("GetGroup", IamGroupActions::getGroup);
    iam.action("DeleteGroup", (p, c, x) -> groups(c).deleteGroup(p.get("GroupName")));
    iam.action(
        "ListGroups",
        (p, c, x) -> {
          String prefix = p.get("PathPrefix", "/");
          page(p, x, c, groups(c).all().stream()
              .filter(g -> g.path().startsWith(prefix)).collect(Collectors.toList()));
        });
    iam.action(
        "AddUserToGroup",
        (p, c, x) -> groups(c).addUser(p.get("GroupName"), p.get("UserName")));
    iam.action(
        "RemoveUserFromGroup",
        (p, c, x) -> groups(c).removeUser(p.get("GroupName"), p.get("UserName")));
    iam.action(
        "ListGroupsForUser",
        (p, c, x) -> page(p, x, c, groups(c).groupsForUser(p.get("UserName"))));
    iam.action(
        "PutGroupPolicy",
        (p, c, x) ->
            groups(c)
                .putPolicy(p.get("GroupName"), p.get("PolicyName"), p.required("PolicyDocument")));
    iam.action(
        "GetGroupPolicy",
        (p, c, x) -> {
          String document = groups(c).getPolicy(p.get("GroupName"), p.get("PolicyName"));
          x.element("GroupName", groups(c).getGroup(p.get("GroupName")).name())
              .element("PolicyName", p.get("PolicyName"))
              .element("PolicyDocument", IamXml.encode(document));
        });
    iam.action(
        "DeleteGroupPolicy",
        (p, c, x) -> groups(c).deletePolicy(p.get("GroupName"), p.get("PolicyName")));
    iam.action(
        "ListGroupPolicies",
        (p, c, x) -> {
          GroupRecord group = groups(c).getGroup(p.get("GroupName"));
          MarkerPage<String> page =
              IamQueryService.page(
                  new ArrayList<>(group.inlinePolicies().keySet()), Function.identity(), p);
          IamXml.strings(x, "PolicyNames", page.items());
          page.writeIamMarker(x);
        });
    iam.action(
        "AttachGroupPolicy",
        (p, c, x) -> groups(c).attachPolicy(p.get("GroupName"), p.required("PolicyArn")));
    iam.action(
        "DetachGroupPolicy",
        (p, c, x) -> groups(c).detachPolicy(p.get("GroupName"), p.required("PolicyArn")));
    iam.action(
        "ListAttachedGroupPolicies",
        (p, c, x) -> {
          String prefix = p.get("PathPrefix", "/");
          List<String> arns =
              groups(c).getGroup(p.get("GroupName")).attachedPolicyArns().stream()
                  .filter(arn -> IamArns.parsePolicy(arn).path().startsWith(prefix))
                  .collect(Collectors.toList());
          MarkerPage<String> page = IamQueryService.page(arns, Function.identity(), p);
          IamXml.attachedPolicies(x, "AttachedPolicies", page.items());
          page.writeIamMarker(x);
        });
  }

  /** The group and one page of its users. */
  private static void getGroup(QueryParams p, BackendContext c, Xml x) {
    IamGroupOperations groups = groups(c);
    GroupRecord group = groups.getGroup(p.get("GroupName"));
    group(x, "Group", c, group);
    MarkerPage<UserRecord> page =
        IamQueryService.page(groups.members(group), u -> u.name().toLowerCase(Locale.ROOT), p);
    x.start("Users");
    page.items().forEach(u -> IamXml.user(x, "member", c.accountId(), u, false));
    x.end();
    page.writeIamMarker(x);
  }

  private static void page(QueryParams p, Xml x, BackendContext c, Collection<GroupRecord> all) {
    MarkerPage<GroupRecord> page =
        IamQueryService.page(List.copyOf(all), g -> g.name().toLowerCase(Locale.ROOT), p);
    x.start("Groups");
    page.items().forEach(g -> group(x, "member", c, g));
    x.end();
    page.writeIamMarker(x);
  }

  static void group(Xml x, String name, BackendContext c, GroupRecord group) {
    x.start(name)
        .element("Path", group.path())
        .element("GroupName", group.name())
        .element("GroupId", group.id())
        .element("Arn", IamArns.group(c.accountId(), group.path(), group.name()))
        .element("CreateDate", group.createDate())
        .end();
  }

  private static IamGroupOperations groups(BackendContext context) {
    return new IamGroupOperations(new IamOperations(context));
  }
}
