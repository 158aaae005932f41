package io.hyperpod.prereqs.plan;

import com.fasterxml.jackson.annotation.JsonValue;

/** What applying a change does. The set is closed; {@code request} is a quota increase request. */
public enum ChangeAction {
  /** Makes a resource that does not exist yet. */
  CREATE("create", "+"),
  /** Changes a resource in place. */
  UPDATE("update", "~"),
  /** Deletes a resource and makes it again, for a change it cannot take in place. */
  REPLACE("replace", "±"),
  /** Deletes a resource the stack made. */
  DELETE("delete", "-"),
  /** Files a Service Quotas increase request; AWS decides it later. */
  REQUEST("request", "?"),
  /** Leaves the resource as it is: the account already matches the spec. */
  NOOP("noop", " ");

  private final String jsonName;
  private final String symbol;

  ChangeAction(String jsonName, String symbol) {
    this.jsonName = jsonName;
    this.symbol = symbol;
  }

  /**
   * The name in plan JSON: {@code create}, {@code update}, ...
   *
   * @return the lower-case name, e.g. {@code create}
   */
  @JsonValue
  public String jsonName() {
    return jsonName;
  }

  /** {@return the terraform-like symbol in plan text} */
  public String symbol() {
    return symbol;
  }
}
