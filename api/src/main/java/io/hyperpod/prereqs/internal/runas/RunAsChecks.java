package io.hyperpod.prereqs.internal.runas;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.iam.IamComponent;
import io.hyperpod.prereqs.internal.iam.IamReads;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.ClusterAdmin;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.RunAs;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that Run As will land every principal of the spec in an OS user that exists on the
 * nodes (facts §3.1): the OS user of each {@code SSMSessionRunAs} tag, and the default user, must
 * be a shared user of {@code clusterUsers} (created by add_users.sh), the default user, or the
 * image's own {@code ubuntu}; never {@code root}; and a principal without a tag needs a default
 * user, since Run As has no fallback to {@code ssm-user}. The checks run when Run As is on in the
 * account after apply: the spec turns it on, or the preferences have it on already.
 */
final class RunAsChecks {
  /** The default user of the HyperPod (Ubuntu) images: it exists on every node. */
  static final String IMAGE_USER = "ubuntu";

  private final StackModel model;
  private final ObserveContext ctx;
  private final boolean enabled;
  private final Set<String> shared = new LinkedHashSet<>();

  RunAsChecks(StackModel model, ObserveContext ctx) {
    this.model = model;
    this.ctx = ctx;
    this.enabled = model.spec().runAs().map(RunAs::enabled).orElse(false);
    model.spec().clusterUsers().forEach(u -> shared.add(u.osUser()));
  }

  List<Finding> check() {
    List<ClusterUser> users = model.spec().clusterUsers();
    if (!enabled && users.isEmpty()) {
      return List.of();
    }
    Optional<ObjectNode> preferences =
        RunAsReads.preferences(ctx).flatMap(PreferencesDocument::parsed);
    boolean on = enabled || preferences.map(SessionPreferences::runAsEnabled).orElse(false);
    if (!on) {
      return List.of();
    }
    Optional<String> defaultUser = enabled && model.spec().runAs().get().defaultUser().isPresent()
        ? model.spec().runAs().get().defaultUser()
        : preferences.flatMap(SessionPreferences::defaultUser);
    List<Finding> out = new ArrayList<>();
    if (!enabled) {
      out.add(Finding.warning("runas.enabled-without-tags", PreferencesDocumentResource.ADDRESS,
          "Run As is on in this account's Session Manager preferences (" + model.region()
              + ") but the spec's runAs is off, so the cluster users get no SSMSessionRunAs tag"
              + " and their sessions run as " + defaultUser.map(u -> "'" + u + "'")
                  .orElse("nobody: they fail (Run As has no fallback to ssm-user)"),
          "set runAs: {enabled: true} to tag each cluster user with their OS user"));
    }
    defaultUser.filter(u -> !known(u, Optional.empty())).ifPresent(u -> out.add(
        Finding.warning("runas.default-user-not-shared", PreferencesDocumentResource.ADDRESS,
            "Run As's default user '" + u + "' is not a cluster user's OS user, so add_users.sh"
                + " does not create it; sessions that fall back to it fail on the nodes",
            "add a cluster user with osUser " + u + ", or set runAs.defaultUser to "
                + IMAGE_USER + " or to one of " + shared)));
    checkPrincipals(defaultUser, out);
    return out;
  }

  private void checkPrincipals(Optional<String> defaultUser, List<Finding> out) {
    IamSnapshot iam = IamReads.snapshot(ctx);
    Set<String> taggedUsers = new LinkedHashSet<>();
    List<String> untagged = new ArrayList<>();
    for (ClusterUser u : model.spec().clusterUsers()) {
      boolean role = u.iamRole().isPresent();
      String name = u.iamUser().orElseGet(() -> u.iamRole().orElseThrow());
      Optional<String> tag = enabled ? Optional.of(u.osUser())
          : observedTag(iam, role, name);
      u.iamUser().ifPresent(n -> taggedUsers.add(n.toLowerCase(java.util.Locale.ROOT)));
      checkTag(role, name, tag, defaultUser, untagged, out);
    }
    for (ClusterAdmin a : model.spec().clusterAdmins()) {
      if (enabled && taggedUsers.contains(a.iamUser().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      checkTag(false, a.iamUser(), observedTag(iam, false, a.iamUser()), defaultUser, untagged,
          out);
    }
    if (!untagged.isEmpty() && defaultUser.isEmpty()) {
      out.add(Finding.warning("runas.no-default-user", PreferencesDocumentResource.ADDRESS,
          "Run As is on without a default user, so sessions of " + String.join(", ", untagged)
              + " (no " + IamComponent.RUN_AS_TAG + " tag) fail: Run As has no fallback to"
              + " ssm-user",
          "set runAs.defaultUser (e.g. " + IMAGE_USER + "), or tag them with "
              + IamComponent.RUN_AS_TAG + "=<os user>"));
    }
  }

  private void checkTag(boolean role, String name, Optional<String> tag,
      Optional<String> defaultUser, List<String> untagged, List<Finding> out) {
    String label = (role ? "role/" : "user/") + name;
    ResourceAddress at = ResourceAddress.of(role ? "iam_role" : "iam_user", name);
    if (tag.isEmpty()) {
      untagged.add(label);
    } else if (tag.get().equals("root")) {
      out.add(Finding.error("runas.tag-root", at,
          label + " carries " + IamComponent.RUN_AS_TAG + "=root; Session Manager refuses root"
              + " as the Run As user, so its sessions fail",
          "remove the tag (aws iam untag-" + (role ? "role --role-name " : "user --user-name ")
              + name + " --tag-keys " + IamComponent.RUN_AS_TAG + ") or set it to the person's"
              + " OS user"));
    } else if (!known(tag.get(), defaultUser)) {
      out.add(Finding.warning("runas.tag-user-not-shared", at,
          label + " carries " + IamComponent.RUN_AS_TAG + "=" + tag.get() + ", but '" + tag.get()
              + "' is neither a cluster user's OS user nor the default user, so it does not"
              + " exist on the nodes and the sessions fail",
          "set the tag to one of " + shared + ", or add a cluster user with osUser "
              + tag.get()));
    }
  }

  /** Whether the OS user exists on the nodes: shared, the default user, or the image's user. */
  private boolean known(String osUser, Optional<String> defaultUser) {
    return shared.contains(osUser) || osUser.equals(IMAGE_USER)
        || defaultUser.map(osUser::equals).orElse(false);
  }

  private static Optional<String> observedTag(IamSnapshot iam, boolean role, String name) {
    Optional<Map<String, String>> tags = role
        ? iam.role(name).map(r -> r.tags())
        : iam.user(name).map(u -> u.tags());
    return tags.map(t -> t.get(IamComponent.RUN_AS_TAG));
  }
}
