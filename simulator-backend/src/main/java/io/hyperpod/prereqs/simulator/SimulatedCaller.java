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
    ROOT,
    USER,
    ROLE
  }

  Kind kind();

  /** {@return the user or role name; empty for the root} */
  Optional<String> name();

  /** {@return the role session name; present for roles only} */
  Optional<String> sessionName();

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

  static SimulatedCaller root() {
    return ImmutableSimulatedCaller.builder().kind(Kind.ROOT).build();
  }

  /** The IAM user of this name, which must exist when the caller's identity is asked for. */
  static SimulatedCaller user(String name) {
    return ImmutableSimulatedCaller.builder().kind(Kind.USER).name(name).build();
  }

  /** A session of the role, named {@code hyperpod-prereqs}. */
  static SimulatedCaller role(String name) {
    return role(name, "hyperpod-prereqs");
  }

  static SimulatedCaller role(String name, String sessionName) {
    return ImmutableSimulatedCaller.builder()
        .kind(Kind.ROLE)
        .name(name)
        .sessionName(sessionName)
        .build();
  }
}
