package io.hyperpod.prereqs.simulator.internal.kms;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.kms.CreateKeyRequest;
import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * KMS's key and alias operations with AWS's semantics: each call authorized by KMS's rule ({@link
 * KeyPolicyJudge}), key states (Enabled, Disabled, PendingDeletion until the simulated clock
 * passes the deletion date), aliases, the lockout safety check. Use inside a {@link
 * BackendContext#call}.
 */
public final class KmsOperations {
  private static final Pattern ALIAS_CHARACTERS = Pattern.compile("[a-zA-Z0-9:/_-]+");
  private static final int MAX_DESCRIPTION = 8192;

  private final BackendContext context;
  private final KmsPrincipal caller;

  public KmsOperations(BackendContext context) {
    this.context = context;
    this.caller = KmsPrincipal.caller(context);
  }

  public KmsKey createKey(CreateKeyRequest request) {
    return createKey(request, false);
  }

  /** CreateKey; {@code bypassLockoutCheck} is the request's BypassPolicyLockoutSafetyCheck. */
  public KmsKey createKey(CreateKeyRequest request, boolean bypassLockoutCheck) {
    authorize(KeyPolicyJudge.onAccount(caller, "kms:CreateKey", "*"), "kms:CreateKey", "*");
    if (request.description().length() > MAX_DESCRIPTION) {
      throw AwsError.KMS_VALIDATION.exception(
          "1 validation error detected: Value at 'description' failed to satisfy constraint:"
              + " Member must have length less than or equal to " + MAX_DESCRIPTION);
    }
    String policy = request.policy().isBlank()
        ? KeyPolicies.defaultPolicy(context.accountId())
        : request.policy();
    KeyPolicies.check(context, policy);
    KeyRecord key = new KeyRecord();
    key.keyId = KeyIds.newKeyId(context);
    key.arn = KeyIds.keyArn(context.region(), context.accountId(), key.keyId);
    key.accountId = context.accountId();
    key.creationDate = context.now();
    key.description = request.description();
    key.policy = policy;
    key.tags.putAll(request.tags());
    if (!bypassLockoutCheck
        && !KeyPolicyJudge.onKey(caller, "kms:PutKeyPolicy", key, policy, Map.of()).allowed()) {
      throw KeyPolicies.lockout();
    }
    KeyIds.store(context, context.accountId()).orElseThrow().put(key);
    return key.view();
  }

  public KmsKey describeKey(String keyId) {
    return onKey(keyId, "kms:DescribeKey").view();
  }

  public String getKeyPolicy(String keyId) {
    return onKey(keyId, "kms:GetKeyPolicy").policy;
  }

  public void putKeyPolicy(String keyId, String policy) {
    putKeyPolicy(keyId, policy, false);
  }

  /** PutKeyPolicy; {@code bypassLockoutCheck} is the request's BypassPolicyLockoutSafetyCheck. */
  public void putKeyPolicy(String keyId, String policy, boolean bypassLockoutCheck) {
    KeyRecord key = onKey(keyId, "kms:PutKeyPolicy");
    if (key.pendingDeletion()) {
      throw pending(key);
    }
    if (policy == null || policy.isEmpty()) {
      throw AwsError.KMS_VALIDATION.exception(
          "1 validation error detected: Value at 'policy' failed to satisfy constraint: Member"
              + " must have length greater than or equal to 1");
    }
    KeyPolicies.check(context, policy);
    if (!bypassLockoutCheck
        && !KeyPolicyJudge.onKey(caller, "kms:PutKeyPolicy", key, policy, Map.of()).allowed()) {
      throw KeyPolicies.lockout();
    }
    key.policy = policy;
  }

  public Instant scheduleKeyDeletion(String keyId, int days) {
    if (days < 7 || days > 30) {
      throw AwsError.KMS_VALIDATION.exception(
          "1 validation error detected: Value '" + days + "' at 'pendingWindowInDays' failed to"
              + " satisfy constraint: Member must have value "
              + (days < 7 ? "greater than or equal to 7" : "less than or equal to 30"),
          "PendingWindowInDays is 7 to 30");
    }
    KeyRecord key = onKey(keyId, "kms:ScheduleKeyDeletion");
    if (key.pendingDeletion()) {
      throw pending(key);
    }
    key.keyState = KmsKey.PENDING_DELETION;
    key.deletionDate = context.now().plus(Duration.ofDays(days));
    return key.deletionDate;
  }

  public void createAlias(String aliasName, String targetKeyId) {
    aliasName(aliasName);
    if (AwsManagedKeys.reserved(aliasName)) {
      throw AwsError.KMS_NOT_AUTHORIZED.exception(
          "", "alias/aws/ names are reserved for AWS managed keys");
    }
    if (targetKeyId != null
        && (targetKeyId.startsWith("alias/") || targetKeyId.contains(":alias/"))) {
      throw AwsError.KMS_VALIDATION.exception("Aliases must refer to keys. Not aliases");
    }
    String aliasArn = KeyIds.aliasArn(context.region(), context.accountId(), aliasName);
    authorize(KeyPolicyJudge.onAccount(caller, "kms:CreateAlias", aliasArn), "kms:CreateAlias",
        aliasArn);
    KeyIds.Resolved target = KeyIds.resolve(context, targetKeyId);
    if (!target.accountId().equals(context.accountId())) {
      throw AwsError.KMS_NOT_FOUND.exception(
          "Key '" + target.key().arn + "' does not exist",
          "an alias names a key of its own account");
    }
    authorizeOnKey(target.key(), "kms:CreateAlias");
    if (target.key().pendingDeletion()) {
      throw pending(target.key());
    }
    KmsStore store = target.store();
    if (store.alias(aliasName).isPresent()) {
      throw AwsError.KMS_ALREADY_EXISTS.exception(
          "An alias with the name " + aliasArn + " already exists");
    }
    store.aliases().put(aliasName, target.key().keyId);
  }

  public void deleteAlias(String aliasName) {
    aliasName(aliasName);
    if (AwsManagedKeys.reserved(aliasName)) {
      throw AwsError.KMS_NOT_AUTHORIZED.exception(
          "", "alias/aws/ names are reserved for AWS managed keys");
    }
    String aliasArn = KeyIds.aliasArn(context.region(), context.accountId(), aliasName);
    authorize(KeyPolicyJudge.onAccount(caller, "kms:DeleteAlias", aliasArn), "kms:DeleteAlias",
        aliasArn);
    KmsStore store = KeyIds.store(context, context.accountId()).orElseThrow();
    String keyId = store.alias(aliasName).orElseThrow(() -> KeyIds.aliasMissing(aliasArn));
    store.key(keyId).ifPresent(key -> authorizeOnKey(key, "kms:DeleteAlias"));
    store.aliases().remove(aliasName);
  }

  public List<KmsAlias> listAliases() {
    authorize(KeyPolicyJudge.onAccount(caller, "kms:ListAliases", "*"), "kms:ListAliases", "*");
    KmsStore store = KeyIds.store(context, context.accountId()).orElseThrow();
    TreeMap<String, Optional<String>> names = new TreeMap<>();
    AwsManagedKeys.aliases().forEach(a -> names.put(a, Optional.empty()));
    store.aliases().forEach((a, k) -> names.put(a, Optional.of(k)));
    List<KmsAlias> out = new ArrayList<>();
    names.forEach((name, target) -> out.add(KmsAlias.builder()
        .aliasName(name)
        .aliasArn(KeyIds.aliasArn(context.region(), context.accountId(), name))
        .targetKeyId(target)
        .build()));
    return out;
  }

  public List<String> listKeys() {
    authorize(KeyPolicyJudge.onAccount(caller, "kms:ListKeys", "*"), "kms:ListKeys", "*");
    return KeyIds.store(context, context.accountId()).orElseThrow().keys().stream()
        .map(k -> k.keyId)
        .toList();
  }

  public Map<String, String> listResourceTags(String keyId) {
    return Map.copyOf(onKey(keyId, "kms:ListResourceTags").tags);
  }

  public void tagResource(String keyId, Map<String, String> tags) {
    KeyRecord key = onKey(keyId, "kms:TagResource");
    if (key.pendingDeletion()) {
      throw pending(key);
    }
    for (String tagKey : tags.keySet()) {
      if (tagKey.startsWith("aws:")) {
        throw AwsError.KMS_TAG.exception(
            "Tags beginning with aws: are reserved", tagKey + " uses the reserved aws: prefix");
      }
    }
    key.tags.putAll(tags);
  }

  /** The key a KeyId names, after the caller is authorized to perform the action on it. */
  private KeyRecord onKey(String keyId, String action) {
    KeyRecord key = KeyIds.resolve(context, keyId).key();
    authorizeOnKey(key, action);
    return key;
  }

  private void authorizeOnKey(KeyRecord key, String action) {
    authorize(KeyPolicyJudge.onKey(caller, action, key, key.policy, Map.of()), action, key.arn);
  }

  private void authorize(KeyPolicyJudge.Verdict verdict, String action, String resource) {
    if (!verdict.allowed()) {
      throw AwsError.KMS_ACCESS_DENIED.exception(
          "User: " + caller.displayArn() + " is not authorized to perform: " + action
              + " on resource: " + resource + verdict.because());
    }
  }

  private static void aliasName(String aliasName) {
    if (aliasName == null || !aliasName.startsWith("alias/")) {
      throw AwsError.KMS_VALIDATION.exception(
          "Alias must start with the prefix \"alias/\". Please see"
              + " https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html");
    }
    if (aliasName.length() > 256 || !ALIAS_CHARACTERS.matcher(aliasName).matches()) {
      throw AwsError.KMS_VALIDATION.exception(
          "1 validation error detected: Value '" + aliasName + "' at 'aliasName' failed to"
              + " satisfy constraint: Member must satisfy regular expression pattern:"
              + " ^[a-zA-Z0-9:/_-]+$");
    }
  }

  private static RuntimeException pending(KeyRecord key) {
    return AwsError.KMS_INVALID_STATE.exception(key.arn + " is pending deletion.");
  }
}
