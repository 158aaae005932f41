package io.hyperpod.prereqs.plan;

import com.fasterxml.jackson.annotation.JsonValue;

/** What applying a change does. The set is closed; {@code request} is a quota increase request. */
public enum ChangeAction {
  CREATE("create", "+"),
  UPDATE("update", "~"),
  REPLACE("replace", "±"),
  DELETE("delete", "-"),
  REQUEST("request", "?"),
  NOOP("noop", " ");

  private final String jsonName;
  private final String symbol;

  ChangeAction(String jsonName, String symbol) {
    this.jsonName = jsonName;
    this.symbol = symbol;
  }

  /** The name in plan JSON: {@code create}, {@code update}, ... */
  @JsonValue
  public String jsonName() {
    return jsonName;
  }

  /** {@return the terraform-like symbol in plan text} */
  public String symbol() {
    return symbol;
  }
}
