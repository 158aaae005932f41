package io.hyperpod.prereqs.simulator.internal.sts;

import java.util.List;
import java.util.Map;

/**
 * The parameters of one AssumeRole request, as the wire gave them (null when absent). Tags keep
 * their order and repeats, since AWS refuses keys that differ only in case.
 */
public record AssumeRoleInput(
    String roleArn,
    String roleSessionName,
    Integer durationSeconds,
    String policy,
    List<String> policyArns,
    List<Map.Entry<String, String>> tags,
    List<String> transitiveTagKeys,
    String externalId,
    String serialNumber,
    String tokenCode,
    String sourceIdentity) {

  /** Just a role and a session name. */
  public static AssumeRoleInput of(String roleArn, String roleSessionName) {
    return new AssumeRoleInput(
        roleArn, roleSessionName, null, null, List.of(), List.of(), List.of(), null, null, null,
        null);
  }

  public AssumeRoleInput withDuration(Integer seconds) {
    return new AssumeRoleInput(
        roleArn, roleSessionName, seconds, policy, policyArns, tags, transitiveTagKeys, externalId,
        serialNumber, tokenCode, sourceIdentity);
  }

  public AssumeRoleInput withTags(
      List<Map.Entry<String, String>> sessionTags, List<String> transitive) {
    return new AssumeRoleInput(
        roleArn, roleSessionName, durationSeconds, policy, policyArns, sessionTags, transitive,
        externalId, serialNumber, tokenCode, sourceIdentity);
  }

  public AssumeRoleInput withExternalId(String id) {
    return new AssumeRoleInput(
        roleArn, roleSessionName, durationSeconds, policy, policyArns, tags, transitiveTagKeys, id,
        serialNumber, tokenCode, sourceIdentity);
  }
}
