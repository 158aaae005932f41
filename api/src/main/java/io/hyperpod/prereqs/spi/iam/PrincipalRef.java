package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/** An IAM user or role, by name. */
@Value.Immutable
@ValueStyle
public interface PrincipalRef {
  /** USER or ROLE. */
  enum Kind {
    USER,
    ROLE
  }

  @Value.Parameter
  Kind kind();

  @Value.Parameter
  String name();

  static PrincipalRef user(String name) {
    return ImmutablePrincipalRef.of(Kind.USER, name);
  }

  static PrincipalRef role(String name) {
    return ImmutablePrincipalRef.of(Kind.ROLE, name);
  }

  /** {@return {@code user/alice} or {@code role/DataScientists}} */
  default String label() {
    return (kind() == Kind.USER ? "user/" : "role/") + name();
  }
}
