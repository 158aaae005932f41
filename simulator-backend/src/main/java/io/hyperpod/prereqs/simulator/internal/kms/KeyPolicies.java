package io.hyperpod.prereqs.simulator.internal.kms;

import io.hyperpod.prereqs.policy.PolicyDocument;
import io.hyperpod.prereqs.policy.PolicyStatement;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KMS's checks of a key policy document (CreateKey, PutKeyPolicy): JSON that the policy grammar
 * reads, at most 32 KB, every statement with a principal, every IAM user or role principal of a
 * simulated account existing; and the default key policy CreateKey gives a key without one.
 */
final class KeyPolicies {
  /** KMS's key policy size quota, in bytes. */
  static final int MAX_BYTES = 32 * 1024;

  private static final Pattern IAM_PRINCIPAL =
      Pattern.compile("arn:aws:iam::(\\d{12}):(user|role)/(?:.*/)?([^/]+)");

  private KeyPolicies() {}

  /** The key policy CreateKey gives a key when the request has none: the account may do all. */
  static String defaultPolicy(String accountId) {
    return "{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"key-default-1\",\n"
        + "  \"Statement\" : [ {\n    \"Sid\" : \"Enable IAM User Permissions\",\n"
        + "    \"Effect\" : \"Allow\",\n    \"Principal\" : {\n      \"AWS\" : \"arn:aws:iam::"
        + accountId + ":root\"\n    },\n    \"Action\" : \"kms:*\",\n    \"Resource\" : \"*\"\n"
        + "  } ]\n}";
  }

  /** Fails with MalformedPolicyDocumentException (or LimitExceeded for size) when KMS would. */
  static void check(BackendContext context, String policy) {
    if (policy.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw AwsError.KMS_LIMIT_EXCEEDED.exception(
          "Policy document exceeds the maximum size of " + MAX_BYTES + " bytes.",
          "KMS's key policy size quota is 32 KB");
    }
    PolicyDocument document;
    try {
      document = PolicyDocument.parse(policy);
    } catch (RuntimeException e) {
      throw malformed("the key policy is not a policy document: " + e.getMessage());
    }
    for (PolicyStatement statement : document.statements()) {
      if (statement.principal().isEmpty()) {
        throw AwsError.KMS_MALFORMED_POLICY_DOCUMENT.exception(
            "Policy contains a statement with no principal.",
            "statement " + statement.sid().orElse("without Sid")
                + " has no Principal; a key policy statement names who it applies to");
      }
      for (Map.Entry<String, List<String>> e : statement.principal().get().values().entrySet()) {
        if (e.getKey().equals("AWS")) {
          e.getValue().forEach(p -> principal(context, p));
        }
      }
    }
  }

  private static void principal(BackendContext context, String principal) {
    Matcher m = IAM_PRINCIPAL.matcher(principal);
    if (!m.matches()) {
      return;
    }
    boolean exists = context.state().existingAccount(m.group(1))
        .map(a -> m.group(2).equals("user")
            ? a.iam().user(m.group(3)).isPresent()
            : a.iam().role(m.group(3)).isPresent())
        .orElse(false);
    if (!exists) {
      throw AwsError.KMS_MALFORMED_POLICY_DOCUMENT.exception(
          "Policy contains a statement with one or more invalid principals.",
          principal + " does not exist (KMS checks that IAM principals exist)");
    }
  }

  static RuntimeException lockout() {
    return AwsError.KMS_MALFORMED_POLICY_DOCUMENT.exception(
        "The new key policy will not allow you to update the key policy in the future.",
        "the caller could not call kms:PutKeyPolicy under the new policy (lockout safety check)");
  }

  private static RuntimeException malformed(String reason) {
    return AwsError.KMS_MALFORMED_POLICY_DOCUMENT.exception(
        "The policy document is not a valid policy.", reason);
  }
}
