package io.hyperpod.prereqs.apply;

import io.hyperpod.prereqs.PrerequisitesException;

/**
 * Another apply or destroy of the same stack holds the stack's lock; the message names it (who,
 * where, since when, until when the lock lasts) and what to do. Nothing was changed.
 */
public final class StackLockedException extends PrerequisitesException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal with its message.
   *
   * @param message who holds the stack's lock and what to do
   */
  public StackLockedException(String message) {
    super(message);
  }
}
