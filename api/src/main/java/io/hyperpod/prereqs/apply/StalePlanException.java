package io.hyperpod.prereqs.apply;

import io.hyperpod.prereqs.PrerequisitesException;

/** Apply found the account changed since the plan was computed; plan again and review. */
public final class StalePlanException extends PrerequisitesException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal with its message.
   *
   * @param message what changed in the account since the plan was made, and to plan again
   */
  public StalePlanException(String message) {
    super(message);
  }
}
