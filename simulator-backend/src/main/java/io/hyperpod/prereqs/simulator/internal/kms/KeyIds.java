package io.hyperpod.prereqs.simulator.internal.kms;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.RegionState;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four names of a key KMS takes wherever it takes a {@code KeyId}: the key id (a UUID), the
 * key ARN, an alias name and an alias ARN, resolved in the caller's region (an ARN may name
 * another account's key), with KMS's NotFoundException messages.
 */
final class KeyIds {
  static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern KEY_ARN =
      Pattern.compile("arn:aws:kms:([a-z0-9-]+):(\\d{12}):key/(.+)");
  private static final Pattern ALIAS_ARN =
      Pattern.compile("arn:aws:kms:([a-z0-9-]+):(\\d{12}):(alias/.+)");

  /** A resolved key, with the account and region that hold it. */
  record Resolved(KeyRecord key, String accountId, KmsStore store) {}

  private KeyIds() {}

  static String keyArn(String region, String accountId, String keyId) {
    return "arn:aws:kms:" + region + ":" + accountId + ":key/" + keyId;
  }

  static String aliasArn(String region, String accountId, String aliasName) {
    return "arn:aws:kms:" + region + ":" + accountId + ":" + aliasName;
  }

  /** A UUID drawn from the simulator's id stream, as KMS's key ids. */
  static String newKeyId(BackendContext context) {
    String hex = context.ids().hexId("", 32);
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-"
        + "89ab".charAt(Character.digit(hex.charAt(16), 16) & 3) + hex.substring(17, 20) + "-"
        + hex.substring(20, 32);
  }

  /** The key a {@code KeyId} names, or NotFoundException as KMS words it. */
  static Resolved resolve(BackendContext context, String keyId) {
    String region = context.region();
    String own = context.accountId();
    if (keyId == null || keyId.isEmpty()) {
      throw AwsError.KMS_VALIDATION.exception(
          "1 validation error detected: Value null at 'keyId' failed to satisfy constraint:"
              + " Member must not be null");
    }
    if (UUID.matcher(keyId).matches()) {
      return key(context, own, keyId, keyArn(region, own, keyId));
    }
    Matcher arn = KEY_ARN.matcher(keyId);
    if (arn.matches()) {
      if (!arn.group(1).equals(region)) {
        throw keyMissing(keyId);
      }
      return key(context, arn.group(2), arn.group(3), keyId);
    }
    if (keyId.startsWith("alias/")) {
      return alias(context, own, keyId, aliasArn(region, own, keyId));
    }
    Matcher alias = ALIAS_ARN.matcher(keyId);
    if (alias.matches()) {
      if (!alias.group(1).equals(region)) {
        throw aliasMissing(keyId);
      }
      return alias(context, alias.group(2), alias.group(3), keyId);
    }
    throw AwsError.KMS_NOT_FOUND.exception(
        "Invalid keyId '" + keyId + "'",
        "a KeyId is a key id (UUID), a key ARN, an alias name (alias/...) or an alias ARN");
  }

  private static Resolved key(BackendContext context, String accountId, String keyId, String shown) {
    KmsStore store = store(context, accountId).orElseThrow(() -> keyMissing(shown));
    KeyRecord key = store.key(keyId).orElseThrow(() -> keyMissing(shown));
    return new Resolved(key, accountId, store);
  }

  private static Resolved alias(
      BackendContext context, String accountId, String aliasName, String shown) {
    KmsStore store = store(context, accountId).orElseThrow(() -> aliasMissing(shown));
    Optional<String> target = store.alias(aliasName);
    if (target.isEmpty() && AwsManagedKeys.isManaged(aliasName)) {
      KeyRecord made = AwsManagedKeys.create(context, accountId, aliasName);
      store.put(made);
      store.aliases().put(aliasName, made.keyId);
      target = Optional.of(made.keyId);
    }
    KeyRecord key =
        target.flatMap(store::key).orElseThrow(() -> aliasMissing(shown));
    return new Resolved(key, accountId, store);
  }

  /** The KMS store of an account in the caller's region; empty for an account never used. */
  static Optional<KmsStore> store(BackendContext context, String accountId) {
    if (accountId.equals(context.accountId())) {
      return Optional.of(purged(context, context.regionState()));
    }
    return context.state().existingAccount(accountId)
        .map(a -> purged(context, a.region(context.region())));
  }

  private static KmsStore purged(BackendContext context, RegionState region) {
    region.kms().purge(context.now());
    return region.kms();
  }

  static RuntimeException keyMissing(String shownArn) {
    return AwsError.KMS_NOT_FOUND.exception("Key '" + shownArn + "' does not exist");
  }

  static RuntimeException aliasMissing(String shownArn) {
    return AwsError.KMS_NOT_FOUND.exception("Alias " + shownArn + " is not found.");
  }
}
