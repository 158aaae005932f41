package io.hyperpod.prereqs.policy;

/** A statement's {@code Effect}: {@code Allow} or {@code Deny}. */
public enum Effect {
  /** The statement allows what it matches ({@code Allow}). */
  ALLOW("Allow"),
  /** The statement denies what it matches ({@code Deny}); an explicit deny wins. */
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
