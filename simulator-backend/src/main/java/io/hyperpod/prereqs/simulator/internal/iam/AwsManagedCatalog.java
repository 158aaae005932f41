package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.simulator.IdGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The AWS managed policies of the simulator: the whole catalog AWS publishes (1,485 policies, each
 * with its path, default version and document, creation and update dates), as read-only policy
 * records. The catalog ships gzipped, one policy a line ({@value #RESOURCE}, written by {@code
 * simulator-backend/scripts/managed_policies_tsv.py}), and is read on the first lookup, not when a
 * simulator starts. Shared by all accounts and never stored: every account sees the same
 * policies, each with its own attachment count. The catalog holds each policy's default version
 * only, so that is the one version a managed policy lists.
 */
final class AwsManagedCatalog {
  static final String RESOURCE = "aws-managed-policies.tsv.gz";

  private AwsManagedCatalog() {}

  /** The policy of this name (any case), if the catalog has it. */
  static Optional<PolicyRecord> find(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    String line = Loaded.LINES.get(key);
    return line == null
        ? Optional.empty()
        : Optional.of(Loaded.RECORDS.computeIfAbsent(key, k -> record(line.split("\t", 6))));
  }

  /** Every policy of the catalog, by name. */
  static Collection<PolicyRecord> all() {
    List<PolicyRecord> all = new ArrayList<>(Loaded.LINES.size());
    Loaded.LINES.keySet().forEach(key -> all.add(find(key).orElseThrow()));
    return all;
  }

  /**
   * The catalog's lines by lower-case name, read when first needed (the JVM initialises this
   * holder on first use); a line becomes a policy record when it is first looked up.
   */
  private static final class Loaded {
    static final Map<String, String> LINES = load();
    static final Map<String, PolicyRecord> RECORDS = new ConcurrentHashMap<>();
  }

  private static Map<String, String> load() {
    Map<String, String> policies = new LinkedHashMap<>();
    try (InputStream in = AwsManagedCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the simulator's jar lacks " + RESOURCE);
      }
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        policies.put(line.substring(0, line.indexOf('\t')).toLowerCase(Locale.ROOT), line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Collections.unmodifiableMap(policies);
  }

  /** name, path, default version id, create date, update date, document. */
  private static PolicyRecord record(String[] fields) {
    PolicyRecord policy = new PolicyRecord();
    policy.awsManaged = true;
    policy.name = fields[0];
    policy.path = fields[1];
    policy.id = IdGenerator.seeded(policy.name.hashCode()).iamUniqueId("ANPA");
    policy.createDate = OffsetDateTime.parse(fields[3]).toInstant();
    policy.updateDate = OffsetDateTime.parse(fields[4]).toInstant();
    policy.versions.add(new PolicyVersionRecord(fields[2], fields[5], true, policy.updateDate));
    return policy;
  }
}
