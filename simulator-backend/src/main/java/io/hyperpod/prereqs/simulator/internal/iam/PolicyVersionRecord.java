package io.hyperpod.prereqs.simulator.internal.iam;

import java.time.Instant;

/** One version of a customer managed policy. */
public final class PolicyVersionRecord {
  String versionId;
  String document;
  boolean defaultVersion;
  Instant createDate;

  private PolicyVersionRecord() {}

  PolicyVersionRecord(
      String versionId, String document, boolean defaultVersion, Instant createDate) {
    this.versionId = versionId;
    this.document = document;
    this.defaultVersion = defaultVersion;
    this.createDate = createDate;
  }

  public String versionId() {
    return versionId;
  }

  public String document() {
    return document;
  }

  public boolean defaultVersion() {
    return defaultVersion;
  }

  public Instant createDate() {
    return createDate;
  }
}
