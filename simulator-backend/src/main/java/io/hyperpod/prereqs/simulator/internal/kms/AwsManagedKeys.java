package io.hyperpod.prereqs.simulator.internal.kms;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import java.util.Map;

/**
 * The AWS managed keys a region offers ({@code alias/aws/ebs}, ...): ListAliases shows their
 * aliases before the keys exist, and the key is made the first time the alias is used, as in KMS.
 * Their key policies are AWS's: any principal of the account through the service
 * ({@code kms:ViaService}), and key metadata to the account.
 */
final class AwsManagedKeys {
  /** Alias name to the service (its {@code kms:ViaService} prefix) and the key's description. */
  private static final Map<String, String[]> MANAGED =
      Map.of(
          "alias/aws/ebs",
          new String[] {"ec2", "Default master key that protects my EBS volumes when no other key"
              + " is defined"},
          "alias/aws/s3",
          new String[] {"s3", "Default master key that protects my S3 objects when no other key"
              + " is defined"},
          "alias/aws/ssm",
          new String[] {"ssm", "Default master key that protects my SSM parameters when no other"
              + " key is defined"},
          "alias/aws/fsx",
          new String[] {"fsx", "Default master key that protects my FSx resources when no other"
              + " key is defined"});

  private AwsManagedKeys() {}

  static boolean isManaged(String aliasName) {
    return MANAGED.containsKey(aliasName);
  }

  static java.util.Set<String> aliases() {
    return new java.util.TreeSet<>(MANAGED.keySet());
  }

  static boolean reserved(String aliasName) {
    return aliasName.startsWith("alias/aws/");
  }

  static KeyRecord create(BackendContext context, String accountId, String aliasName) {
    String[] service = MANAGED.get(aliasName);
    KeyRecord key = new KeyRecord();
    key.keyId = KeyIds.newKeyId(context);
    key.arn = KeyIds.keyArn(context.region(), accountId, key.keyId);
    key.accountId = accountId;
    key.creationDate = context.now();
    key.description = service[1];
    key.keyManager = KmsKey.AWS;
    key.policy = policy(service[0] + "." + context.region() + ".amazonaws.com", accountId,
        aliasName.substring("alias/aws/".length()));
    return key;
  }

  private static String policy(String viaService, String accountId, String name) {
    return "{\"Version\":\"2012-10-17\",\"Id\":\"auto-" + name + "-2\",\"Statement\":["
        + "{\"Sid\":\"Allow access through the service for all principals in the account that are"
        + " authorized to use it\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},"
        + "\"Action\":[\"kms:Encrypt\",\"kms:Decrypt\",\"kms:ReEncrypt*\",\"kms:GenerateDataKey*\","
        + "\"kms:CreateGrant\",\"kms:DescribeKey\"],\"Resource\":\"*\",\"Condition\":{"
        + "\"StringEquals\":{\"kms:ViaService\":\"" + viaService + "\",\"kms:CallerAccount\":\""
        + accountId + "\"}}},"
        + "{\"Sid\":\"Allow direct access to key metadata to the account\",\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + accountId + ":root\"},"
        + "\"Action\":[\"kms:Describe*\",\"kms:Get*\",\"kms:List*\",\"kms:RevokeGrant\"],"
        + "\"Resource\":\"*\"}]}";
  }
}
