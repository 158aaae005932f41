package io.hyperpod.prereqs.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The rules on cluster admins, cluster users (IAM principal, OS user, uid) and Run As. */
class PrincipalRulesTest extends RuleTableTest {
  private static final ImmutableHyperPodPrerequisites FULL = ValidSpecs.full();
  private static final ClusterUser ALICE = ClusterUser.iamUser("alice", "alice", 2001);
  private static final ClusterUser DS = ClusterUser.iamRole("DataScientists", "ds", 2002);

  static Stream<Arguments> broken() {
    return Stream.of(
        trips(
            "admin name with a space",
            admins("hp admin"),
            "clusterAdmins[0].iamUser",
            "letters, digits"),
        trips(
            "admin name of 65 characters",
            admins("a".repeat(65)),
            "clusterAdmins[0].iamUser",
            "IAM allows 64"),
        trips(
            "admin given as an ARN",
            admins("arn:aws:iam::123456789012:user/hp-admin"),
            "clusterAdmins[0].iamUser",
            "give only the name, the part after the last '/': hp-admin"),
        trips(
            "admins differing in case only",
            admins("Admin", "admin"),
            "clusterAdmins[1].iamUser",
            "is also the IAM user of clusterAdmins[0] (IAM names ignore case)"),
        trips(
            "user with neither iamUser nor iamRole",
            users(ALICE, DS, ClusterUser.builder().osUser("bob").uid(2003).build()),
            "clusterUsers[2]",
            "has neither iamUser nor iamRole"),
        trips(
            "user with both iamUser and iamRole",
            users(
                ALICE,
                ClusterUser.builder()
                    .iamUser("bob")
                    .iamRole("Bob")
                    .osUser("bob")
                    .uid(2003)
                    .build()),
            "clusterUsers[1]",
            "has both iamUser and iamRole"),
        trips(
            "user IAM name differing in case only",
            users(ALICE, ClusterUser.iamUser("ALICE", "alice2", 2003)),
            "clusterUsers[1].iamUser",
            "is also the IAM user of clusterUsers[0]"),
        trips(
            "role shared by two users",
            users(DS, ClusterUser.iamRole("datascientists", "ds2", 2003)),
            "clusterUsers[1].iamRole",
            "one OS user"),
        trips(
            "role name with a space",
            users(ClusterUser.iamRole("Data Scientists", "ds", 2002)),
            "clusterUsers[0].iamRole",
            "not a valid IAM role name"),
        trips(
            "OS user root",
            users(ClusterUser.iamUser("alice", "root", 2001)),
            "clusterUsers[0].osUser",
            "Run As refuses"),
        trips(
            "OS user with capitals",
            users(ClusterUser.iamUser("alice", "Alice", 2001)),
            "clusterUsers[0].osUser",
            "use alice"),
        trips(
            "OS user ending in $ (the Run As tag cannot hold it)",
            users(ClusterUser.iamUser("alice", "alice$", 2001)),
            "clusterUsers[0].osUser",
            "use alice."),
        trips(
            "OS user with a zero-width space",
            users(ClusterUser.iamUser("alice", "ali\u200bce", 2001)),
            "clusterUsers[0].osUser",
            "use alice."),
        trips(
            "OS user starting with a digit",
            users(ClusterUser.iamUser("alice", "1alice", 2001)),
            "clusterUsers[0].osUser",
            "not a valid Linux user name"),
        trips(
            "OS user of 33 characters",
            users(ClusterUser.iamUser("alice", "a".repeat(33), 2001)),
            "clusterUsers[0].osUser",
            "at most 32"),
        trips(
            "OS user shared by two users",
            users(ALICE, ClusterUser.iamUser("bob", "alice", 2002)),
            "clusterUsers[1].osUser",
            "is also the OS user of clusterUsers[0]"),
        trips(
            "uid 0",
            users(ClusterUser.iamUser("alice", "alice", 0)),
            "clusterUsers[0].uid",
            "root's uid"),
        trips(
            "negative uid",
            users(ClusterUser.iamUser("alice", "alice", -5)),
            "clusterUsers[0].uid",
            "negative"),
        trips(
            "uid 4294967295",
            users(ClusterUser.iamUser("alice", "alice", 4294967295L)),
            "clusterUsers[0].uid",
            "largest uid"),
        trips(
            "uid shared by two users",
            users(ALICE, ClusterUser.iamUser("bob", "bob", 2001)),
            "clusterUsers[1].uid",
            "owned by number"),
        trips(
            "Run As default user root",
            FULL.withRunAs(RunAs.enabled("root")),
            "runAs.defaultUser",
            "Run As refuses"),
        trips(
            "Run As default user with capitals",
            FULL.withRunAs(RunAs.enabled("Ubuntu")),
            "runAs.defaultUser",
            "use ubuntu"));
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        passes("uid 1", users(ClusterUser.iamUser("alice", "alice", 1))),
        passes("uid 4294967294", users(ClusterUser.iamUser("alice", "alice", 4294967294L))),
        passes("OS user starting with _", users(ClusterUser.iamUser("alice", "_backup", 2001))),
        passes(
            "OS user of 32 characters", users(ClusterUser.iamUser("alice", "a".repeat(32), 2001))),
        passes("admin name of 64 characters", admins("a".repeat(64))),
        passes("admin name with every allowed sign", admins("a+b=c,d.e@f-g_h")),
        passes("admin who is also a cluster user", admins("alice")),
        passes(
            "an IAM user and a role of the same name",
            users(ClusterUser.iamUser("ml", "ml1", 2001), ClusterUser.iamRole("ml", "ml2", 2002))),
        passes(
            "no admins and no users", ValidSpecs.minimal().withClusterAdmins().withClusterUsers()),
        passes(
            "Run As off without a default user",
            FULL.withRunAs(RunAs.builder().enabled(false).build())),
        passes(
            "Run As on without a default user",
            FULL.withRunAs(RunAs.builder().enabled(true).build())));
  }

  private static HyperPodPrerequisites admins(String... names) {
    return FULL.withClusterAdmins(Stream.of(names).map(ClusterAdmin::of).toList());
  }

  private static HyperPodPrerequisites users(ClusterUser... users) {
    return FULL.withClusterUsers(users);
  }
}
