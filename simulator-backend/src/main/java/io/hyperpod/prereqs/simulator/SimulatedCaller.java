package io.hyperpod.prereqs.simulator;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who calls a {@link SimulatorBackend}: the account root (the default), an IAM user, or a session
 * of an assumed role. STS GetCallerIdentity answers with it; permission checks use it.
 */
@Value.Immutable
@ValueStyle
public interface SimulatedCaller {
  /** The three kinds of caller. */
  enum Kind {
    /** The account's root user, ARN {@code arn:aws:iam::ACCOUNT:root}. */
    ROOT,
    /** An IAM user of the account, by name. */
    USER,
    /** A session of an IAM role of the account, by role name and session name. */
    ROLE
  }

  /** {@return whether the caller is the root, an IAM user or a role session} */
  Kind kind();

  /** {@return the user or role name; empty for the root} */
  Optional<String> name();

  /** {@return the role session name; present for roles only} */
  Optional<String> sessionName();

  /**
   * Checks the caller when it is built; Immutables calls it, callers need not.
   *
   * @throws IllegalArgumentException when a root caller has a name, a user or role has none, or a
   *     non-role caller has a session name
   */
  @Value.Check
  default void check() {
    if (kind() == Kind.ROOT && name().isPresent()) {
      throw new IllegalArgumentException("a ROOT caller has no name; use SimulatedCaller.root()");
    }
    if (kind() != Kind.ROOT && name().isEmpty()) {
      throw new IllegalArgumentException("a " + kind() + " caller needs the user or role name");
    }
    if (kind() != Kind.ROLE && sessionName().isPresent()) {
      throw new IllegalArgumentException("only a ROLE caller has a session name");
    }
  }

  /** {@return the root of the account the backend is made for} */
  static SimulatedCaller root() {
    return ImmutableSimulatedCaller.builder().kind(Kind.ROOT).build();
  }

  /**
   * The IAM user of this name, which must exist when the caller's identity is asked for.
   *
   * @param name the IAM user's name, e.g. {@code alice}
   * @return a caller acting as that user
   */
  static SimulatedCaller user(String name) {
    return ImmutableSimulatedCaller.builder().kind(Kind.USER).name(name).build();
  }

  /**
   * A session of the role, named {@code hyperpod-prereqs}.
   *
   * @param name the IAM role's name, e.g. {@code quickstart-execution-role}
   * @return a caller acting as a session of that role
   */
  static SimulatedCaller role(String name) {
    return role(name, "hyperpod-prereqs");
  }

  /**
   * A session of the role with this session name, as in the role's assumed-role ARN {@code
   * arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}.
   *
   * @param name the IAM role's name
   * @param sessionName the role session name
   * @return a caller acting as that session of the role
   */
  static SimulatedCaller role(String name, String sessionName) {
    return ImmutableSimulatedCaller.builder()
        .kind(Kind.ROLE)
        .name(name)
        .sessionName(sessionName)
        .build();
  }
}
