package io.hyperpod.prereqs.internal.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Tag comparisons shared by every resource that carries tags. */
public final class Tags {
  private Tags() {}

  /** The wanted tags that the observed ones lack or hold with another value. */
  public static Map<String, String> missing(Map<String, String> observed, Map<String, String> want) {
    Map<String, String> out = new LinkedHashMap<>();
    want.forEach(
        (k, v) -> {
          if (!v.equals(observed.get(k))) {
            out.put(k, v);
          }
        });
    return out;
  }

  /** The observed tags with the wanted ones put over them. */
  public static Map<String, String> merged(Map<String, String> observed, Map<String, String> want) {
    Map<String, String> out = new LinkedHashMap<>(observed);
    out.putAll(want);
    return out;
  }
}
