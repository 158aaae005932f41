package io.hyperpod.prereqs.simulator.internal.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperpod.prereqs.simulator.IdGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The AWS managed policies the simulator knows, with their real documents, read once from the
 * resources {@code io/hyperpod/prereqs/simulator/aws-managed/} (listed in {@code index.txt}).
 * Shared by all accounts and never stored: every account sees the same policies, each with its own
 * attachment count.
 */
public final class AwsManagedPolicies {
  /** The documents carry no dates; the catalog dates them all here. */
  static final Instant CATALOG_DATE = Instant.parse("2015-02-06T18:39:46Z");

  private static final String DIRECTORY = "/io/hyperpod/prereqs/simulator/aws-managed/";
  private static final Map<String, PolicyRecord> BY_NAME = load();

  private AwsManagedPolicies() {}

  /** The policy of this name (any case), if the catalog has it. */
  public static Optional<PolicyRecord> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  public static Collection<PolicyRecord> all() {
    return Collections.unmodifiableCollection(BY_NAME.values());
  }

  private static Map<String, PolicyRecord> load() {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, PolicyRecord> policies = new LinkedHashMap<>();
    for (String file : resourceLines(DIRECTORY + "index.txt")) {
      try (InputStream in = open(DIRECTORY + file)) {
        PolicyRecord policy = record(mapper.readTree(in), mapper);
        policies.put(policy.name.toLowerCase(Locale.ROOT), policy);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read AWS managed policy " + file, e);
      }
    }
    return Collections.unmodifiableMap(policies);
  }

  private static PolicyRecord record(JsonNode json, ObjectMapper mapper) throws IOException {
    PolicyRecord policy = new PolicyRecord();
    policy.awsManaged = true;
    policy.name = json.get("PolicyName").asText();
    policy.path = json.path("Path").asText("/");
    policy.id = IdGenerator.seeded(policy.name.hashCode()).iamUniqueId("ANPA");
    Instant created =
        json.has("CreateDate") ? Instant.parse(json.get("CreateDate").asText()) : CATALOG_DATE;
    policy.createDate = created;
    policy.updateDate = created;
    String versionId = json.path("DefaultVersionId").asText("v1");
    policy.versions.add(
        new PolicyVersionRecord(
            versionId, mapper.writeValueAsString(json.get("Document")), true, created));
    return policy;
  }

  private static List<String> resourceLines(String path) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty())
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static InputStream open(String path) {
    InputStream in = AwsManagedPolicies.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("resource " + path + " is missing from the simulator jar");
    }
    return in;
  }
}
