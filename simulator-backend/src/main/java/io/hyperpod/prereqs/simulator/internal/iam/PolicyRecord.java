package io.hyperpod.prereqs.simulator.internal.iam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A customer managed policy in the store, with its versions (oldest first). */
public final class PolicyRecord {
  String name;
  String id;
  String path;
  String description;
  Instant createDate;
  Instant updateDate;
  LinkedHashMap<String, String> tags = new LinkedHashMap<>();
  List<PolicyVersionRecord> versions = new ArrayList<>();
  int nextVersion = 1;
  boolean awsManaged;

  public String name() {
    return name;
  }

  public String id() {
    return id;
  }

  public String path() {
    return path;
  }

  /** May be null. */
  public String description() {
    return description;
  }

  public Instant createDate() {
    return createDate;
  }

  public Instant updateDate() {
    return updateDate;
  }

  public Map<String, String> tags() {
    return tags;
  }

  public List<PolicyVersionRecord> versions() {
    return versions;
  }

  /** Whether AWS owns the policy (an entry of the managed-policy catalog, never stored). */
  public boolean awsManaged() {
    return awsManaged;
  }

  public PolicyVersionRecord defaultVersion() {
    return versions.stream()
        .filter(PolicyVersionRecord::defaultVersion)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("policy " + name + " has no default version"));
  }
}
