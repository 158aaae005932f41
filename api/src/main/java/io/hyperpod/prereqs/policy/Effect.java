package io.hyperpod.prereqs.policy;

/** A statement's {@code Effect}: {@code Allow} or {@code Deny}. */
public enum Effect {
  ALLOW("Allow"),
  DENY("Deny");

  private final String jsonName;

  Effect(String jsonName) {
    this.jsonName = jsonName;
  }

  /** {@return the spelling in a policy document: {@code Allow} or {@code Deny}} */
  public String jsonName() {
    return jsonName;
  }
}
