package io.hyperpod.prereqs.spi.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link IamSnapshot}'s lookups: case-insensitive names, the first of a name wins, ARNs exact. */
class IamSnapshotTest {
  @Test
  void user_anyCaseOfAName_findsTheFirstUserOfThatName() {
    IamSnapshot snapshot =
        IamSnapshot.builder()
            .addUsers(user("Alice", "AIDA1"), user("alice", "AIDA2"), user("bob", "AIDA3"))
            .build();

    assertThat(snapshot.user("ALICE")).map(IamUser::userId).contains("AIDA1");
    assertThat(snapshot.user("bob")).map(IamUser::userId).contains("AIDA3");
    assertThat(snapshot.user("carol")).isEmpty();
  }

  @Test
  void lookups_everyOneOfManyUsers_isFoundByItsOwnName() {
    IamSnapshot snapshot =
        IamSnapshot.builder()
            .addAllUsers(
                IntStream.range(0, 5_000).mapToObj(i -> user("user" + i, "AIDA" + i)).toList())
            .build();

    assertThat(IntStream.range(0, 5_000))
        .allSatisfy(i -> assertThat(snapshot.user("USER" + i)).map(IamUser::userId)
            .contains("AIDA" + i));
  }

  @Test
  void policy_byArn_isExactNotCaseInsensitive() {
    ManagedPolicy policy =
        ManagedPolicy.builder()
            .arn("arn:aws:iam::123456789012:policy/P")
            .name("P")
            .policyId("ANPA1")
            .defaultVersionId("v1")
            .defaultDocument("{}")
            .attachmentCount(0)
            .versionCount(1)
            .createDate(Instant.EPOCH)
            .build();
    IamSnapshot snapshot = IamSnapshot.builder().addPolicies(policy).build();

    assertThat(snapshot.policy("arn:aws:iam::123456789012:policy/P")).contains(policy);
    assertThat(snapshot.policy("arn:aws:iam::123456789012:policy/p")).isEmpty();
  }

  private static IamUser user(String name, String id) {
    return IamUser.builder()
        .name(name)
        .arn("arn:aws:iam::123456789012:user/" + name)
        .userId(id)
        .createDate(Instant.EPOCH)
        .build();
  }
}
