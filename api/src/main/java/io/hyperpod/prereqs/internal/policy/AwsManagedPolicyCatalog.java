package io.hyperpod.prereqs.internal.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperpod.prereqs.policy.AwsManagedPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Loads the bundled AWS managed policies (files listed in {@code aws-managed/index.txt}, each
 * {@code {"PolicyName", "Arn", "Path", "Document"}}) once, on first use.
 */
public final class AwsManagedPolicyCatalog {
  private static final String DIRECTORY = "/io/hyperpod/prereqs/policy/aws-managed/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Map<String, AwsManagedPolicy> byArn;

  private AwsManagedPolicyCatalog(Map<String, AwsManagedPolicy> byArn) {
    this.byArn = byArn;
  }

  /** The catalog, loaded from the class path on first call. */
  public static AwsManagedPolicyCatalog instance() {
    return Holder.INSTANCE;
  }

  public Optional<AwsManagedPolicy> get(String arn) {
    return Optional.ofNullable(byArn.get(arn));
  }

  public List<AwsManagedPolicy> all() {
    List<AwsManagedPolicy> all = new ArrayList<>(byArn.values());
    all.sort(Comparator.comparing(AwsManagedPolicy::arn));
    return List.copyOf(all);
  }

  private static AwsManagedPolicyCatalog load() {
    Map<String, AwsManagedPolicy> byArn = new TreeMap<>();
    for (String file : read("index.txt").split("\\R")) {
      if (file.isBlank()) {
        continue;
      }
      try {
        JsonNode node = MAPPER.readTree(read(file.trim()));
        AwsManagedPolicy policy =
            AwsManagedPolicy.builder()
                .policyName(node.path("PolicyName").asText())
                .arn(node.path("Arn").asText())
                .path(node.path("Path").asText("/"))
                .documentJson(MAPPER.writeValueAsString(node.get("Document")))
                .build();
        byArn.put(policy.arn(), policy);
      } catch (IOException e) {
        throw new UncheckedIOException("bundled AWS managed policy " + file + " is unreadable", e);
      }
    }
    return new AwsManagedPolicyCatalog(Map.copyOf(byArn));
  }

  private static String read(String name) {
    try (InputStream in = AwsManagedPolicyCatalog.class.getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "bundled resource " + DIRECTORY + name + " is missing from the class path");
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        StringBuilder text = new StringBuilder();
        reader.lines().forEach(l -> text.append(l).append('\n'));
        return text.toString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + DIRECTORY + name, e);
    }
  }

  private static final class Holder {
    private static final AwsManagedPolicyCatalog INSTANCE = load();
  }
}
