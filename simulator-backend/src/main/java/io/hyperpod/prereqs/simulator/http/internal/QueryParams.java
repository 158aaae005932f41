package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.spi.CloudException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The parameters of an AWS query request ({@code Action=CreateRole&RoleName=x&Tags.member.1.Key=k})
 * with the readers the query dialects need: plain values, numbered members ({@code
 * Name.member.N}, or EC2's flattened {@code Name.N}), structures inside them, and tags. A view may
 * be scoped to a prefix (one member of a list of structures).
 */
public final class QueryParams {
  private final Map<String, String> values;
  private final String prefix;
  private final BiFunction<String, String, CloudException> invalid;

  /**
   * @param invalid makes the service's error for a parameter (name, problem): e.g. IAM's
   *     ValidationError, EC2's MissingParameter
   */
  public QueryParams(
      Map<String, String> values, BiFunction<String, String, CloudException> invalid) {
    this(values, "", invalid);
  }

  private QueryParams(
      Map<String, String> values,
      String prefix,
      BiFunction<String, String, CloudException> invalid) {
    this.values = values;
    this.prefix = prefix;
    this.invalid = invalid;
  }

  /** The request's form fields (body and query string), first value of each name. */
  public static Map<String, String> fields(WireRequest request) {
    Map<String, String> fields = new LinkedHashMap<>();
    request.query().forEach((name, list) -> fields.put(name, list.get(0)));
    if (!request.method().equals("GET")) {
      WireRequest.parseForm(request.bodyText())
          .forEach((name, list) -> fields.putIfAbsent(name, list.get(0)));
    }
    return fields;
  }

  /** The value, or null when absent. */
  public String get(String name) {
    return values.get(prefix + name);
  }

  public String get(String name, String fallback) {
    String value = get(name);
    return value == null ? fallback : value;
  }

  public boolean has(String name) {
    return values.containsKey(prefix + name);
  }

  /** The value; the service's "missing parameter" error when absent. */
  public String required(String name) {
    String value = get(name);
    if (value == null) {
      throw invalid.apply(name, "missing");
    }
    return value;
  }

  public boolean bool(String name, boolean fallback) {
    String value = get(name);
    if (value == null) {
      return fallback;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw invalid.apply(name, "'" + value + "' is not true or false");
  }

  /** An integer, or null when absent. */
  public Integer integer(String name) {
    String value = get(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw invalid.apply(name, "'" + value + "' is not an integer");
    }
  }

  /** {@code Name.member.1}, {@code Name.member.2}, ...: the values in member order. */
  public List<String> memberList(String name) {
    return numbered(name + ".member.");
  }

  /** EC2's flattened {@code Name.1}, {@code Name.2}, ...: the values in order. */
  public List<String> flatList(String name) {
    return numbered(name + ".");
  }

  /** {@code Name.member.N.*}: one scoped view per member, in order. */
  public List<QueryParams> members(String name) {
    return structures(name + ".member.");
  }

  /** EC2's {@code Name.N.*}: one scoped view per member, in order. */
  public List<QueryParams> flatMembers(String name) {
    return structures(name + ".");
  }

  /** Tags as {@code Name.member.N.Key} / {@code .Value}, in member order. */
  public Map<String, String> tags(String name) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (QueryParams tag : members(name)) {
      tags.put(tag.get("Key"), tag.get("Value", ""));
    }
    return tags;
  }

  private List<String> numbered(String start) {
    TreeMap<Integer, String> byIndex = new TreeMap<>();
    String full = prefix + start;
    for (Map.Entry<String, String> field : values.entrySet()) {
      String key = field.getKey();
      if (key.startsWith(full)) {
        Integer index = index(key.substring(full.length()));
        if (index != null) {
          byIndex.put(index, field.getValue());
        }
      }
    }
    return new ArrayList<>(byIndex.values());
  }

  private List<QueryParams> structures(String start) {
    TreeMap<Integer, QueryParams> byIndex = new TreeMap<>();
    String full = prefix + start;
    for (String key : values.keySet()) {
      if (!key.startsWith(full)) {
        continue;
      }
      String rest = key.substring(full.length());
      int dot = rest.indexOf('.');
      if (dot < 0) {
        continue;
      }
      Integer index = index(rest.substring(0, dot));
      if (index != null) {
        byIndex.computeIfAbsent(
            index, i -> new QueryParams(values, full + i + ".", invalid));
      }
    }
    return new ArrayList<>(byIndex.values());
  }

  private static Integer index(String text) {
    if (text.isEmpty() || text.length() > 6) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return null;
      }
    }
    return Integer.valueOf(text);
  }
}
