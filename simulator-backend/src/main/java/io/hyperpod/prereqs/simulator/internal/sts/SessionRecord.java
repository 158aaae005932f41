package io.hyperpod.prereqs.simulator.internal.sts;

import io.hyperpod.prereqs.simulator.SimulatedCaller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One role session issued by AssumeRole: its credentials, the role (in the role's account) it acts
 * as, its session tags and when it expires on the simulated clock. Mutable state of the store.
 */
public final class SessionRecord {
  String accessKeyId;
  String secretAccessKey;
  String sessionToken;
  String accountId;
  String roleName;
  String roleId;
  String sessionName;
  Instant expiration;
  String sourceIdentity;
  /** The session's tags (key case as given) and which of them pass on to chained sessions. */
  LinkedHashMap<String, String> tags = new LinkedHashMap<>();
  List<String> transitiveTagKeys = new ArrayList<>();
  int packedPolicySize;

  public String accessKeyId() {
    return accessKeyId;
  }

  public String secretAccessKey() {
    return secretAccessKey;
  }

  public String sessionToken() {
    return sessionToken;
  }

  /** The role's account, where the session's requests act. */
  public String accountId() {
    return accountId;
  }

  public String roleName() {
    return roleName;
  }

  public String roleId() {
    return roleId;
  }

  public String sessionName() {
    return sessionName;
  }

  public Instant expiration() {
    return expiration;
  }

  /** May be null. */
  public String sourceIdentity() {
    return sourceIdentity;
  }

  public Map<String, String> tags() {
    return tags;
  }

  public List<String> transitiveTagKeys() {
    return transitiveTagKeys;
  }

  public int packedPolicySize() {
    return packedPolicySize;
  }

  /** {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}. */
  public String assumedRoleArn() {
    return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName;
  }

  /** {@code ROLEID:SESSION}. */
  public String assumedRoleId() {
    return roleId + ":" + sessionName;
  }

  public SimulatedCaller caller() {
    return SimulatedCaller.role(roleName, sessionName);
  }
}
