package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.apply.ApplyCancellation;
import io.hyperpod.prereqs.apply.ApplyListener;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ImmutableApplyOptions;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The time limits and the lock of {@code apply} and {@code destroy}, and their Ctrl-C: the first
 * one lets the calls in flight finish, starts nothing new and reports what was done and what was
 * not; a second one ends the process at once.
 */
final class RunLimits {
  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "stop starting changes after this long (e.g. 45m, 2h); what runs finishes,"
          + " the rest is reported as not started")
  Duration timeout;

  @Option(names = "--wait-limit", paramLabel = "DURATION", converter = DurationConverter.class,
      defaultValue = "60m", description = "the longest one wait may take (an FSx file system"
          + " becoming AVAILABLE or deleted; default: ${DEFAULT-VALUE})")
  Duration waitLimit;

  @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      defaultValue = "0s", description = "how long to wait while another apply or destroy of the"
          + " stack holds its lock (default: ${DEFAULT-VALUE}: refuse at once, naming it)")
  Duration lockTimeout;

  /** Options for a run with these limits, cancelled by Ctrl-C while {@code run} is called. */
  ImmutableApplyOptions.Builder options(ApplyCancellation cancellation, ApplyListener listener) {
    ImmutableApplyOptions.Builder b = ApplyOptions.builder().waitLimit(waitLimit)
        .lockTimeout(lockTimeout).cancellation(cancellation).listener(listener);
    if (timeout != null) {
      b.timeout(timeout);
    }
    return b;
  }

  /**
   * Runs {@code body} with Ctrl-C turned into {@code cancellation}, printing on {@code err} that
   * the run stops once what is in flight is done; the default handling comes back afterwards.
   */
  static <T> T interruptible(ApplyCancellation cancellation, java.io.PrintWriter err,
      java.util.function.Supplier<T> body) {
    Interrupts.Handle handle = Interrupts.onInterrupt(() -> {
      if (cancellation.cancelled()) {
        err.println("\nInterrupted again: stopping now; calls in flight may or may not have"
            + " taken effect (run the command again to converge).");
        err.flush();
        Runtime.getRuntime().halt(130);
      }
      cancellation.cancel("interrupted (Ctrl-C)");
      err.println("\nInterrupted: letting the calls in flight finish and starting nothing new"
          + " (Ctrl-C again to stop at once)...");
      err.flush();
    });
    try {
      return body.get();
    } finally {
      handle.restore();
    }
  }

  /** {@code 90s}, {@code 45m}, {@code 2h}, {@code 1h30m}, or ISO-8601 {@code PT45M}. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      Matcher m = SHORT.matcher(v);
      if (!v.isEmpty() && m.matches()) {
        return Duration.ofHours(num(m.group(1))).plusMinutes(num(m.group(2)))
            .plusSeconds(num(m.group(3)));
      }
      try {
        return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
      } catch (java.time.format.DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a duration: use e.g. 90s, 45m,"
            + " 2h or 1h30m");
      }
    }

    private static long num(String group) {
      return group == null ? 0 : Long.parseLong(group);
    }
  }
}
