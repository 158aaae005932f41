package io.hyperpod.prereqs.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a plan brings the account to the spec or removes what the stack created. */
public enum PlanMode {
  /** A plan that makes the account match the spec. */
  APPLY,
  /** A plan that removes what the stack made ({@code destroy}). */
  DESTROY;

  /** {@return the name in plan JSON} */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
