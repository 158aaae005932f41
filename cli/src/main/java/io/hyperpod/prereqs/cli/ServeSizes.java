package io.hyperpod.prereqs.cli;

import java.time.Duration;
import java.util.Locale;

/** Sizes ({@code 64MiB}) and durations in seconds given to {@code simulator serve}. */
final class ServeSizes {
  private ServeSizes() {}

  static long bytes(String text, String option) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    long unit = 1;
    for (String[] suffix : new String[][] {{"kib", "1024"}, {"mib", "1048576"},
        {"gib", "1073741824"}, {"b", "1"}}) {
      if (t.endsWith(suffix[0])) {
        unit = Long.parseLong(suffix[1]);
        t = t.substring(0, t.length() - suffix[0].length()).strip();
        break;
      }
    }
    try {
      long value = Long.parseLong(t);
      if (value >= 1 && value <= Long.MAX_VALUE / unit) {
        return value * unit;
      }
    } catch (NumberFormatException e) {
      // falls through to the message
    }
    throw new UserError(option + " '" + text + "' is not a size such as 64MiB, 512KiB or"
        + " 1048576 (bytes)");
  }

  static Duration seconds(double value, String option) {
    if (!(value > 0) || value > 86_400) {
      throw new UserError(option + " " + value + " must be a number of seconds above 0 (at most"
          + " 86400)");
    }
    return Duration.ofMillis(Math.max(1, Math.round(value * 1000)));
  }
}
