package io.hyperpod.prereqs.simulator.http.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as it arrived: method, the path and query exactly as sent (still
 * percent-encoded, as SigV4 signs them), headers (names compared regardless of case) and the body.
 */
public final class WireRequest {
  private final String method;
  private final String rawPath;
  private final String rawQuery;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Map<String, List<String>> query;

  /**
   * @param rawPath the path as sent, e.g. {@code /bucket/a%20key}
   * @param rawQuery the query as sent without {@code ?}, or null
   * @param headers header values by name (any case)
   */
  public WireRequest(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    this.method = method.toUpperCase(Locale.ROOT);
    this.rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    this.rawQuery = rawQuery;
    TreeMap<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) ->
            byName.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
    this.headers = Collections.unmodifiableMap(byName);
    this.body = body;
    this.query = Collections.unmodifiableMap(parseForm(rawQuery));
  }

  public String method() {
    return method;
  }

  public String rawPath() {
    return rawPath;
  }

  /** The query string as sent (without {@code ?}); null when there was none. */
  public String rawQuery() {
    return rawQuery;
  }

  /** The path, percent-decoded ({@code +} stays {@code +}). */
  public String path() {
    return percentDecode(rawPath);
  }

  /** The first value of a header, if present. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every header, names in any case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The body; shared, do not change it. */
  public byte[] body() {
    return body;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Query parameters (decoded); a parameter without a value, such as {@code ?policy}, is "". */
  public Map<String, List<String>> query() {
    return query;
  }

  public Optional<String> queryParameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public boolean hasQueryParameter(String name) {
    return query.containsKey(name);
  }

  /** Whether the body is an HTML form ({@code application/x-www-form-urlencoded}). */
  public boolean hasFormBody() {
    return header("Content-Type")
        .map(type -> type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
        .orElse(false);
  }

  /** Form fields ({@code a=b&c=d}, {@code +} a space) by name, each name's values in order. */
  public static Map<String, List<String>> parseForm(String text) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return fields;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      fields
          .computeIfAbsent(formDecode(name), n -> new ArrayList<>())
          .add(formDecode(value));
    }
    return fields;
  }

  /**
   * A form field decoded; a {@code %} that starts no {@code %XX} escape stays a literal {@code %}
   * (the field then reaches the service's own validation, which answers as AWS does, rather than
   * failing the whole request with a 500).
   */
  private static String formDecode(String text) {
    return URLDecoder.decode(BAD_ESCAPE.matcher(text).replaceAll("%25"), StandardCharsets.UTF_8);
  }

  private static final java.util.regex.Pattern BAD_ESCAPE =
      java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

  /** Decodes {@code %XX} sequences only (a path's {@code +} is a plus). */
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
