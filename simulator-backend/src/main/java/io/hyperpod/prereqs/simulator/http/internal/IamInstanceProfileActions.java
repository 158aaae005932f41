package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.iam.IamArns;
import io.hyperpod.prereqs.simulator.internal.iam.IamInstanceProfileOperations;
import io.hyperpod.prereqs.simulator.internal.iam.IamOperations;
import io.hyperpod.prereqs.simulator.internal.iam.InstanceProfileRecord;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * IAM instance profiles on the wire: Create/Get/Delete/ListInstanceProfiles,
 * Add/RemoveRoleFromInstanceProfile, ListInstanceProfilesForRole,
 * Tag/Untag/ListInstanceProfileTags.
 */
final class IamInstanceProfileActions {
  private IamInstanceProfileActions() {}

  static void register(IamQueryService iam) {
    iam.action(
        "CreateInstanceProfile",
        (p, c, x) ->
            profile(
                x,
                "InstanceProfile",
                c,
                profiles(c)
                    .create(p.get("InstanceProfileName"), p.get("Path", "/"), p.tags("Tags"))));
    iam.action(
        "GetInstanceProfile",
        (p, c, x) -> profile(x, "InstanceProfile", c, profiles(c).get(p.get("InstanceProfileName"))));
    iam.action(
        "DeleteInstanceProfile", (p, c, x) -> profiles(c).delete(p.get("InstanceProfileName")));
    iam.action(
        "ListInstanceProfiles",
        (p, c, x) -> {
          String prefix = p.get("PathPrefix", "/");
          page(p, x, c, new IamOperations(c).store().instanceProfiles().stream()
              .filter(ip -> ip.path().startsWith(prefix)).collect(Collectors.toList()));
        });
    iam.action(
        "AddRoleToInstanceProfile",
        (p, c, x) -> profiles(c).addRole(p.get("InstanceProfileName"), p.get("RoleName")));
    iam.action(
        "RemoveRoleFromInstanceProfile",
        (p, c, x) -> profiles(c).removeRole(p.get("InstanceProfileName"), p.get("RoleName")));
    iam.action(
        "ListInstanceProfilesForRole",
        (p, c, x) -> page(p, x, c, profiles(c).forRole(p.get("RoleName"))));
    iam.action(
        "TagInstanceProfile",
        (p, c, x) -> profiles(c).tag(p.get("InstanceProfileName"), p.tags("Tags")));
    iam.action(
        "UntagInstanceProfile",
        (p, c, x) -> profiles(c).untag(p.get("InstanceProfileName"), p.memberList("TagKeys")));
    iam.action(
        "ListInstanceProfileTags",
        (p, c, x) -> IamXml.tagPage(x, profiles(c).get(p.get("InstanceProfileName")).tags(), p));
  }

  private static void page(
      QueryParams p, Xml x, BackendContext c, Collection<InstanceProfileRecord> all) {
    MarkerPage<InstanceProfileRecord> page =
        IamQueryService.page(List.copyOf(all), ip -> ip.name().toLowerCase(Locale.ROOT), p);
    x.start("InstanceProfiles");
    page.items().forEach(ip -> profile(x, "member", c, ip));
    x.end();
    page.writeIamMarker(x);
  }

  /** A profile with its role; tags only when it has some, as IAM answers. */
  static void profile(Xml x, String name, BackendContext c, InstanceProfileRecord profile) {
    x.start(name)
        .element("Path", profile.path())
        .element("InstanceProfileName", profile.name())
        .element("InstanceProfileId", profile.id())
        .element("Arn", IamArns.instanceProfile(c.accountId(), profile.path(), profile.name()))
        .element("CreateDate", profile.createDate())
        .start("Roles");
    profiles(c)
        .roles(profile)
        .forEach(r -> IamXml.role(x, "member", c.accountId(), r, IamXml.RoleView.LISTED));
    x.end();
    if (!profile.tags().isEmpty()) {
      IamXml.tags(x, "Tags", profile.tags());
    }
    x.end();
  }

  private static IamInstanceProfileOperations profiles(BackendContext context) {
    return new IamInstanceProfileOperations(new IamOperations(context));
  }
}
