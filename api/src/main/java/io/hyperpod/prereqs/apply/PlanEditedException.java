package io.hyperpod.prereqs.apply;

import io.hyperpod.prereqs.PrerequisitesException;

/**
 * A plan no longer matches its fingerprint: it was edited after it was made (its mode, spec,
 * changes, ...). Nothing was changed; plan again and review it.
 */
public final class PlanEditedException extends PrerequisitesException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal with its message.
   *
   * @param message what was edited in the saved plan and that nothing was changed
   */
  public PlanEditedException(String message) {
    super(message);
  }
}
