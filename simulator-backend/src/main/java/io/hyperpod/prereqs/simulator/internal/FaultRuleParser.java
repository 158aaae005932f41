package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.simulator.FaultKind;
import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.simulator.ImmutableFaultRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the compact text form of {@link FaultRule}s ({@code simulator serve --faults}):
 *
 * <pre>
 * RULES    := ITEM ((';' | ',' | newline) ITEM)*
 * ITEM     := 'seed=' INTEGER | SERVICE ':' OPERATION '=' KIND ['@' RATE] ['#' TIMES]
 * KIND     := 'throttle' | '5xx' | 'drop-before' | 'drop-after' | 'latency(' DURATION ')'
 *           | CODE '(' STATUS ')'
 * RATE     := a fraction in (0, 1] such as 0.3, or a percentage such as 30%
 * DURATION := INTEGER ('ms' | 's' | 'm')
 * </pre>
 *
 * A rule without {@code #TIMES} meets every matching call (at its rate); {@code seed=N} gives the
 * rules seeds N, N+1, ... in order, so that a run repeats (without it, seed 42).
 */
public final class FaultRuleParser {
  private static final Pattern RULE =
      Pattern.compile(
          "([A-Za-z0-9*-]+):([A-Za-z0-9*]+)=([A-Za-z0-9.-]+(?:\\([^)]*\\))?)"
              + "(?:@([0-9.]+%?))?(?:#([0-9]+))?");
  private static final Pattern ERROR = Pattern.compile("([A-Za-z][A-Za-z0-9.]*)\\((\\d{3})\\)");
  private static final Pattern LATENCY = Pattern.compile("latency\\((\\d+)(ms|s|m)\\)");
  private static final long DEFAULT_SEED = 42L;

  private FaultRuleParser() {}

  public static List<FaultRule> parse(String text) {
    List<ImmutableFaultRule> rules = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Long seed = null;
    for (String raw : text.split("[;,\\n]")) {
      String item = raw.strip();
      if (item.isEmpty()) {
        continue;
      }
      if (item.toLowerCase(Locale.ROOT).startsWith("seed=")) {
        try {
          seed = Long.parseLong(item.substring(5).strip());
        } catch (NumberFormatException e) {
          problems.add("'" + item + "': the seed must be an integer, e.g. seed=7");
        }
        continue;
      }
      try {
        rules.add(rule(item));
      } catch (IllegalArgumentException e) {
        problems.add("'" + item + "': " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "fault rules: "
              + String.join("; ", problems)
              + " (a rule is SERVICE:OPERATION=KIND[@RATE][#TIMES], e.g."
              + " iam:Create*=throttle@0.3 or s3:PutObject=drop-after#1; kinds throttle, 5xx,"
              + " drop-before, drop-after, latency(200ms), CODE(STATUS))");
    }
    long first = seed == null ? DEFAULT_SEED : seed;
    List<FaultRule> seeded = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      seeded.add(rules.get(i).withSeed(first + i));
    }
    return List.copyOf(seeded);
  }

  private static ImmutableFaultRule rule(String item) {
    Matcher m = RULE.matcher(item);
    if (!m.matches()) {
      throw new IllegalArgumentException("not SERVICE:OPERATION=KIND[@RATE][#TIMES]");
    }
    ImmutableFaultRule rule = kind(m.group(1).toLowerCase(Locale.ROOT), m.group(2), m.group(3));
    if (m.group(4) != null) {
      rule = rule.withProbability(rate(m.group(4)));
    }
    return rule.withTimes(m.group(5) == null ? Integer.MAX_VALUE : times(m.group(5)));
  }

  private static ImmutableFaultRule kind(String service, String operation, String kind) {
    switch (kind.toLowerCase(Locale.ROOT)) {
      case "throttle":
        return FaultRule.of(FaultKind.THROTTLE, service, operation);
      case "5xx":
        return FaultRule.of(FaultKind.SERVER_ERROR, service, operation);
      case "drop-before":
        return FaultRule.of(FaultKind.DROP_BEFORE, service, operation);
      case "drop-after":
        return FaultRule.of(FaultKind.DROP_AFTER, service, operation);
      default:
        break;
    }
    Matcher latency = LATENCY.matcher(kind);
    if (latency.matches()) {
      long amount = Long.parseLong(latency.group(1));
      Duration d =
          switch (latency.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
          };
      return FaultRule.latency(service, operation, d);
    }
    Matcher error = ERROR.matcher(kind);
    if (error.matches()) {
      int status = Integer.parseInt(error.group(2));
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException(
            "status " + status + " is not an HTTP error status (400-599)");
      }
      return FaultRule.failing(service, operation, error.group(1), status);
    }
    throw new IllegalArgumentException(
        "unknown kind '"
            + kind
            + "' (throttle, 5xx, drop-before, drop-after, latency(200ms), or CODE(STATUS) such as"
            + " InternalError(500))");
  }

  private static double rate(String text) {
    double rate;
    try {
      rate =
          text.endsWith("%")
              ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100
              : Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("rate '" + text + "' is not a number such as 0.3 or 30%");
    }
    if (!(rate > 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate " + text + " must be above 0 and at most 1 (100%)");
    }
    return rate;
  }

  private static int times(String text) {
    try {
      int times = Integer.parseInt(text);
      if (times >= 1) {
        return times;
      }
    } catch (NumberFormatException e) {
      // falls through to the message
    }
    throw new IllegalArgumentException("#" + text + ": times must be a whole number of 1 or more");
  }
}
