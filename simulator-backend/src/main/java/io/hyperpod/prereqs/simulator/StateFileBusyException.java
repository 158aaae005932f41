package io.hyperpod.prereqs.simulator;

import java.nio.file.Path;

/** A simulator state file that another process (or holder) has: see {@link StateFileLock}. */
public final class StateFileBusyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient StateFileLock.Holder holder;

  StateFileBusyException(Path stateFile, StateFileLock.Holder holder) {
    super(
        "the simulator state "
            + stateFile
            + " is in use by "
            + holder
            + "; wait for it to finish (or stop it), or use another --simulator-state");
    this.holder = holder;
  }

  /** {@return who holds the state file: its process id, its command and its server's endpoint} */
  public StateFileLock.Holder holder() {
    return holder;
  }
}
