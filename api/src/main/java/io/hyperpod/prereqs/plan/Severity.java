package io.hyperpod.prereqs.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A finding's weight: an {@code error} blocks apply. */
public enum Severity {
  /** Blocks apply: it refuses a plan with an error. */
  ERROR,
  /** Worth a look; apply goes ahead. */
  WARNING,
  /** For information only. */
  INFO;

  /** {@return the name in plan JSON} */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
