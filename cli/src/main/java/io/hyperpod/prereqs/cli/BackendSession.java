package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.spi.CloudBackend;

/**
 * A backend opened for one command: the embedded simulator (loaded from and saved back to its
 * state file) or AWS.
 */
interface BackendSession extends AutoCloseable {
  CloudBackend backend();

  /**
   * Where the command runs, the first line of every human output: {@code simulator
   * (.hyperpod-prereqs/simulator.json), us-west-2} or {@code AWS account 123456789012 (profile
   * ml-admin), us-west-2}.
   */
  String target();

  /** Keeps what the command changed (the simulator saves its state file; AWS needs nothing). */
  void commit();

  @Override
  void close();
}
