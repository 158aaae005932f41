package io.hyperpod.prereqs.internal.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.ClusterAdmin;
import io.hyperpod.prereqs.spec.ClusterUser;
import java.util.List;
import java.util.function.Function;

/** Rules on people: cluster admins, cluster users with their OS users and uids, Run As. */
final class PrincipalRules {
  /** The largest uid: 4294967295 is (uid_t) -1, "no user". */
  static final long MAX_UID = 4294967294L;

  private PrincipalRules() {}

  static void check(HyperPodPrerequisites spec, Problems out) {
    List<ClusterAdmin> admins = spec.clusterAdmins();
    for (int i = 0; i < admins.size(); i++) {
      NameRules.iamName(
          out, path("clusterAdmins", i, "iamUser"), admins.get(i).iamUser(), "IAM user name");
    }
    NameRules.unique(
        out,
        admins,
        ClusterAdmin::iamUser,
        i -> path("clusterAdmins", i, "iamUser"),
        NameRules::lower,
        "IAM user",
        " (IAM names ignore case)");

    List<ClusterUser> users = spec.clusterUsers();
    for (int i = 0; i < users.size(); i++) {
      checkUser(users.get(i), i, out);
    }
    NameRules.unique(
        out,
        users,
        u -> u.iamUser().orElse(null),
        i -> path("clusterUsers", i, "iamUser"),
        NameRules::lower,
        "IAM user",
        " (IAM names ignore case)");
    NameRules.unique(
        out,
        users,
        u -> u.iamRole().orElse(null),
        i -> path("clusterUsers", i, "iamRole"),
        NameRules::lower,
        "IAM role",
        ": a role carries one SSMSessionRunAs tag, so it maps to one OS user");
    NameRules.unique(
        out,
        users,
        ClusterUser::osUser,
        i -> path("clusterUsers", i, "osUser"),
        Function.identity(),
        "OS user",
        "");
    NameRules.unique(
        out,
        users,
        u -> Long.toString(u.uid()),
        i -> path("clusterUsers", i, "uid"),
        Function.identity(),
        "uid",
        ": files on FSx are owned by number, so the two users would own each other's files");

    spec.runAs()
        .flatMap(r -> r.defaultUser())
        .ifPresent(u -> NameRules.osUser(out, "runAs.defaultUser", u));
  }

  private static void checkUser(ClusterUser user, int i, Problems out) {
    String at = SpecPath.index("clusterUsers", i);
    if (NameRules.exactlyOne(
        out,
        at,
        user.iamUser(),
        "iamUser",
        user.iamRole(),
        "iamRole",
        "iamUser: alice (created if missing) or iamRole: DataScientists (an existing role)")) {
      user.iamUser()
          .ifPresent(
              n -> NameRules.iamName(out, path("clusterUsers", i, "iamUser"), n, "IAM user name"));
      user.iamRole()
          .ifPresent(
              n -> NameRules.iamName(out, path("clusterUsers", i, "iamRole"), n, "IAM role name"));
    }
    NameRules.osUser(out, path("clusterUsers", i, "osUser"), user.osUser());
    String uidPath = path("clusterUsers", i, "uid");
    if (user.uid() == 0) {
      out.add(
          uidPath,
          0,
          "is root's uid: the user would own every file on the nodes as root",
          "use a uid of 1000 or more (the usual convention starts at 2001).");
    } else if (user.uid() < 0) {
      out.add(
          uidPath,
          user.uid(),
          "is negative; uids are 1 to " + MAX_UID,
          "use a uid of 1000 or more, e.g. 2001.");
    } else if (user.uid() > MAX_UID) {
      out.add(
          uidPath,
          user.uid(),
          "is larger than " + MAX_UID + ", the largest uid Linux has",
          "use a uid of 1000 or more, e.g. 2001.");
    }
  }

  private static String path(String list, int index, String field) {
    return SpecPath.child(SpecPath.index(list, index), field);
  }
}
