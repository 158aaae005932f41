package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who connects to cluster nodes through SSM: an IAM user (created if missing) or an
 * existing IAM role (adopted, never deleted), mapped to an OS user shared on FSx.
 */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableClusterUser.class)
@JsonDeserialize(as = ImmutableClusterUser.class)
@JsonPropertyOrder({"iamUser", "iamRole", "osUser", "uid", "groups"})
public interface ClusterUser {
  /**
   * The IAM user of this person (created if missing); exactly one of this and {@link #iamRole()}.
   *
   * @return the IAM user's name, or empty when the person has a role
   */
  Optional<String> iamUser();

  /**
   * {@return an existing IAM role of this person (adopted, never deleted); or {@link #iamUser()}}
   */
  Optional<String> iamRole();

  /** {@return the OS user: the {@code SSMSessionRunAs} tag value and a line of shared_users.txt} */
  String osUser();

  /**
   * The POSIX uid of the OS user on every node (files on FSx are owned by number); 1 to
   * 4294967294, so a {@code long}.
   *
   * @return the uid, 1 to 4294967294
   */
  long uid();

  /**
   * Supplementary OS groups of the user, created when missing; only the {@code extension} lifecycle
   * mode's {@code shared_users.yaml} carries them.
   *
   * @return the group names, e.g. {@code [docker, research]}; empty for none
   */
  java.util.List<String> groups();

  /** {@return {@code user/NAME} or {@code role/NAME}: the principal this entry names} */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  default String principalLabel() {
    return iamUser().map(u -> "user/" + u).orElseGet(() -> "role/" + iamRole().orElse("?"));
  }


  /**
   * A person with an IAM user, mapped to OS user {@code osUser} with {@code uid}.
   *
   * @param iamUser the IAM user's name, e.g. {@code alice}
   * @param osUser the OS user's name on the nodes, e.g. {@code alice}
   * @param uid the OS user's POSIX uid, 1 to 4294967294
   * @return the cluster user
   */
  static ClusterUser iamUser(String iamUser, String osUser, long uid) {
    return builder().iamUser(iamUser).osUser(osUser).uid(uid).build();
  }

  /**
   * A person with an existing IAM role, mapped to OS user {@code osUser} with {@code uid}.
   *
   * @param iamRole the existing IAM role's name
   * @param osUser the OS user's name on the nodes
   * @param uid the OS user's POSIX uid, 1 to 4294967294
   * @return the cluster user
   */
  static ClusterUser iamRole(String iamRole, String osUser, long uid) {
    return builder().iamRole(iamRole).osUser(osUser).uid(uid).build();
  }

  /**
   * {@return a new builder; {@code build()} names each required field left unset as a spec problem}
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ClusterUser}. */
  final class Builder extends ImmutableClusterUser.Builder
      implements SpecBuilder<Builder, ClusterUser> {}
}
