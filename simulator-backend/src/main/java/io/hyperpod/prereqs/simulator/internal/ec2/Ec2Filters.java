package io.hyperpod.prereqs.simulator.internal.ec2;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * EC2's Describe filters: each filter's values are alternatives, the filters must all match, {@code
 * *} and {@code ?} are wildcards; {@code tag:KEY}, {@code tag-key} and {@code tag-value} work on
 * every taggable type. An unknown filter name fails with InvalidParameterValue.
 */
final class Ec2Filters {
  private Ec2Filters() {}

  /** The filter names a type knows and a resource's values for them. */
  record Filterable<R>(Set<String> names, Function<R, Map<String, List<String>>> values) {}

  /**
   * A Describe call: the records with these ids ({@code lookup} fails for one that does not
   * exist), or all of them when no id is given, that pass the filters.
   */
  static <R extends Ec2Record> List<R> describe(
      Collection<String> ids,
      Collection<R> all,
      Function<String, R> lookup,
      Map<String, List<String>> filters,
      Filterable<R> type) {
    List<R> named = ids.stream().map(lookup).toList();
    return select(ids.isEmpty() ? all : named, filters, type);
  }

  static <R extends Ec2Record> List<R> select(
      Collection<R> records, Map<String, List<String>> filters, Filterable<R> type) {
    filters.keySet().forEach(name -> checkName(name, type.names()));
    return records.stream()
        .filter(r -> filters.entrySet().stream().allMatch(f -> matches(r, f, type)))
        .collect(Collectors.toList());
  }

  /** For values that are not records (prefix lists, zones): only the type's own names. */
  static <R> List<R> selectPlain(
      Collection<R> records, Map<String, List<String>> filters, Filterable<R> type) {
    filters.keySet().forEach(name -> checkName(name, type.names()));
    return records.stream()
        .filter(
            r ->
                filters.entrySet().stream()
                    .allMatch(
                        f ->
                            anyMatches(
                                f.getValue(),
                                type.values().apply(r).getOrDefault(f.getKey(), List.of()))))
        .collect(Collectors.toList());
  }

  private static void checkName(String name, Set<String> known) {
    boolean tag = name.startsWith("tag:") || name.equals("tag-key") || name.equals("tag-value");
    if (!tag && !known.contains(name)) {
      throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
          "The filter '" + name + "' is invalid (known filters: " + known + ")");
    }
  }

  private static <R extends Ec2Record> boolean matches(
      R record, Map.Entry<String, List<String>> filter, Filterable<R> type) {
    String name = filter.getKey();
    List<String> actual;
    if (name.startsWith("tag:")) {
      String value = record.tags.get(name.substring(4));
      actual = value == null ? List.of() : List.of(value);
    } else if (name.equals("tag-key")) {
      actual = List.copyOf(record.tags.keySet());
    } else if (name.equals("tag-value")) {
      actual = List.copyOf(record.tags.values());
    } else {
      actual = type.values().apply(record).getOrDefault(name, List.of());
    }
    return anyMatches(filter.getValue(), actual);
  }

  private static boolean anyMatches(List<String> patterns, List<String> actual) {
    return patterns.stream().anyMatch(p -> actual.stream().anyMatch(a -> wildcard(p, a)));
  }

  private static boolean wildcard(String pattern, String value) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
  }
}
