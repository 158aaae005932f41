package io.hyperpod.prereqs.plan;

/**
 * A value only apply can know (an id a create assigns, a version an update adds), put where the
 * value belongs in a resource's planned attributes. It never reaches a plan: {@link
 * AttributeValues#normalize} turns each one into {@code null} and records its path in the change's
 * {@code after_unknown}. A type, not a string, so that no placeholder can be mistaken for a value.
 */
public enum Unknown {
  /** The one unknown value. */
  VALUE;

  /**
   * The value, or {@link #VALUE} when it is not known yet.
   *
   * @param value a value that may not be known yet
   * @return the value, or {@link #VALUE} when it is empty
   */
  public static Object orUnknown(java.util.Optional<?> value) {
    return value.isPresent() ? value.get() : VALUE;
  }
}
