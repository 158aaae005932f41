package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.policy.AwsManagedPolicies;
import io.hyperpod.prereqs.policy.AwsManagedPolicy;
import io.hyperpod.prereqs.simulator.IdGenerator;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS managed policies of the simulator: the real documents {@code api} bundles ({@link
 * AwsManagedPolicies}), as read-only policy records. Shared by all accounts and never stored: every
 * account sees the same policies, each with its own attachment count.
 */
final class AwsManagedCatalog {
  /** The documents carry no dates; the catalog dates them all here. */
  static final Instant CATALOG_DATE = Instant.parse("2015-02-06T18:39:46Z");

  private static final Map<String, PolicyRecord> BY_NAME = load();

  private AwsManagedCatalog() {}

  /** The policy of this name (any case), if the catalog has it. */
  static Optional<PolicyRecord> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Every policy of the catalog. */
  static Collection<PolicyRecord> all() {
    return BY_NAME.values();
  }

  private static Map<String, PolicyRecord> load() {
    Map<String, PolicyRecord> policies = new LinkedHashMap<>();
    for (AwsManagedPolicy managed : AwsManagedPolicies.all()) {
      PolicyRecord policy = new PolicyRecord();
      policy.awsManaged = true;
      policy.name = managed.policyName();
      policy.path = managed.path();
      policy.id = IdGenerator.seeded(policy.name.hashCode()).iamUniqueId("ANPA");
      policy.createDate = CATALOG_DATE;
      policy.updateDate = CATALOG_DATE;
      policy.versions.add(
          new PolicyVersionRecord("v1", managed.documentJson(), true, CATALOG_DATE));
      policies.put(policy.name.toLowerCase(Locale.ROOT), policy);
    }
    return Collections.unmodifiableMap(policies);
  }
}
