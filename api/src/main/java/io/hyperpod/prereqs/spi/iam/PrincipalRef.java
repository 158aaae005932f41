package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/** An IAM user or role, by name. */
@Value.Immutable
@ValueStyle
public interface PrincipalRef {
  /** USER or ROLE. */
  enum Kind {
    /** An IAM user. */
    USER,
    /** An IAM role. */
    ROLE
  }

  /** {@return whether it is a user or a role} */
  @Value.Parameter
  Kind kind();

  /** {@return the user's or role's name} */
  @Value.Parameter
  String name();

  /**
   * The IAM user of this name.
   *
   * @param name the user's name
   * @return the reference
   */
  static PrincipalRef user(String name) {
    return ImmutablePrincipalRef.of(Kind.USER, name);
  }

  /**
   * The IAM role of this name.
   *
   * @param name the role's name
   * @return the reference
   */
  static PrincipalRef role(String name) {
    return ImmutablePrincipalRef.of(Kind.ROLE, name);
  }

  /** {@return {@code user/alice} or {@code role/DataScientists}} */
  default String label() {
    return (kind() == Kind.USER ? "user/" : "role/") + name();
  }
}
