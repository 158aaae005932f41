package io.hyperpod.prereqs.cli;

/**
 * Ctrl-C (SIGINT) handling while a run is in progress, through the JDK's signal API
 * ({@code sun.misc.Signal}, module jdk.unsupported); where that is not available, Ctrl-C ends the
 * process as usual.
 */
final class Interrupts {
  private Interrupts() {}

  /** Puts the previous handling back. */
  interface Handle {
    void restore();
  }

  @SuppressWarnings("removal")
  static Handle onInterrupt(Runnable action) {
    try {
      sun.misc.Signal signal = new sun.misc.Signal("INT");
      sun.misc.SignalHandler previous = sun.misc.Signal.handle(signal, s -> action.run());
      return () -> sun.misc.Signal.handle(signal, previous);
    } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
      return () -> { };
    }
  }
}
