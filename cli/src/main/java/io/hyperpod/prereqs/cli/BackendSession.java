package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.spi.CloudBackend;

/**
 * A backend opened for one command: the embedded simulator (loaded from and saved back to its
 * state file) or AWS.
 */
interface BackendSession extends AutoCloseable {
  CloudBackend backend();

  /** Keeps what the command changed (the simulator saves its state file; AWS needs nothing). */
  void commit();

  @Override
  void close();
}
