package io.hyperpod.prereqs.simulator.internal.iam;

import java.time.Instant;

/** An IAM user's access key: id, secret, Active or Inactive, when it was made. Mutable state. */
public final class AccessKeyRecord {
  String accessKeyId;
  String secretAccessKey;
  String status;
  Instant createDate;

  public String accessKeyId() {
    return accessKeyId;
  }

  public String secretAccessKey() {
    return secretAccessKey;
  }

  /** {@code Active} or {@code Inactive}. */
  public String status() {
    return status;
  }

  public Instant createDate() {
    return createDate;
  }
}
