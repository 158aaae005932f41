package io.hyperpod.prereqs.cli;

import java.time.Duration;

/** Elapsed time as people read it: {@code 0.4s}, {@code 12s}, {@code 3m05s}, {@code 1h02m}. */
final class Elapsed {
  private Elapsed() {}

  static String format(Duration d) {
    long millis = Math.max(0, d.toMillis());
    if (millis < 10_000) {
      return String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
    }
    long s = millis / 1000;
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(java.util.Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return String.format(java.util.Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }

  /** Nanoseconds since {@code startNanos} of {@link System#nanoTime}, as a duration. */
  static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
