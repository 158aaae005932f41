package io.hyperpod.prereqs.internal.spec;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a misspelt one (edit distance, ignoring case). */
public final class NameSuggester {
  private NameSuggester() {}

  /**
   * The candidate nearest to {@code input}, if it is within {@code maxDistance} edits (case is
   * ignored, so a name that differs only in case is always found); ties go to the first.
   */
  public static Optional<String> closest(
      String input, Collection<String> candidates, int maxDistance) {
    String needle = input.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(needle, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= maxDistance ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * Up to {@code limit} candidates, nearest to {@code input} first (edit distance ignoring case;
   * ties in the candidates' order): what to offer when a name is not found.
   */
  public static java.util.List<String> nearest(
      String input, Collection<String> candidates, int limit) {
    String needle = input.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .sorted(
            java.util.Comparator.comparingInt(
                c -> distance(needle, c.toLowerCase(Locale.ROOT))))
        .limit(limit)
        .toList();
  }

  /** A tolerance that grows with the length of the name: a third of it, 1 to 3 edits. */
  static int toleranceFor(String input) {
    return Math.max(1, Math.min(3, input.length() / 3));
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
