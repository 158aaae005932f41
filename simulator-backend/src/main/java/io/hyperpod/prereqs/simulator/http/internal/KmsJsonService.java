package io.hyperpod.prereqs.simulator.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.kms.KmsOperations;
import io.hyperpod.prereqs.spi.kms.CreateKeyRequest;
import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * KMS on the wire (JSON 1.1, {@code TrentService}): CreateKey, DescribeKey, Get/PutKeyPolicy,
 * ScheduleKeyDeletion, Create/DeleteAlias, ListAliases, ListKeys, ListResourceTags, TagResource,
 * with KMS's {@code Limit}/{@code Marker}/{@code Truncated} paging.
 */
public final class KmsJsonService extends JsonProtocol {
  private static final int DEFAULT_LIMIT = 100;

  public KmsJsonService() {
    super("kms", "TrentService");
    operation("CreateKey", (in, c, out) -> {
      symmetricOnly(in);
      CreateKeyRequest request = CreateKeyRequest.builder()
          .policy(orEmpty(text(in, "Policy")))
          .description(orEmpty(text(in, "Description")))
          .tags(kmsTags(in))
          .build();
      metadata(out, new KmsOperations(c).createKey(request, bypass(in)));
    });
    operation("DescribeKey", (in, c, out) ->
        metadata(out, new KmsOperations(c).describeKey(text(in, "KeyId"))));
    operation("GetKeyPolicy", (in, c, out) -> {
      policyName(in);
      out.put("Policy", new KmsOperations(c).getKeyPolicy(text(in, "KeyId")))
          .put("PolicyName", KmsPort.DEFAULT_POLICY);
    });
    operation("PutKeyPolicy", (in, c, out) -> {
      policyName(in);
      new KmsOperations(c).putKeyPolicy(text(in, "KeyId"), text(in, "Policy"), bypass(in));
    });
    operation("ScheduleKeyDeletion", (in, c, out) -> {
      Integer days = integer(in, "PendingWindowInDays");
      int window = days == null ? 30 : days;
      KmsOperations ops = new KmsOperations(c);
      Instant date = ops.scheduleKeyDeletion(text(in, "KeyId"), window);
      out.put("KeyId", ops.describeKey(text(in, "KeyId")).arn())
          .put("DeletionDate", epochSeconds(date))
          .put("KeyState", KmsKey.PENDING_DELETION)
          .put("PendingWindowInDays", window);
    });
    operation("CreateAlias", (in, c, out) ->
        new KmsOperations(c).createAlias(text(in, "AliasName"), text(in, "TargetKeyId")));
    operation("DeleteAlias", (in, c, out) ->
        new KmsOperations(c).deleteAlias(text(in, "AliasName")));
    operation("ListAliases", (in, c, out) -> {
      KmsOperations ops = new KmsOperations(c);
      List<KmsAlias> aliases = ops.listAliases();
      String keyId = text(in, "KeyId");
      if (keyId != null) {
        String target = ops.describeKey(keyId).keyId();
        aliases = aliases.stream().filter(a -> a.targetKeyId().equals(java.util.Optional.of(target)))
            .toList();
      }
      MarkerPage<KmsAlias> page = page(in, aliases, KmsAlias::aliasName);
      var array = out.putArray("Aliases");
      page.items().forEach(a -> {
        ObjectNode o = array.addObject().put("AliasName", a.aliasName()).put("AliasArn", a.aliasArn());
        a.targetKeyId().ifPresent(t -> o.put("TargetKeyId", t));
      });
      paging(out, page);
    });
    operation("ListKeys", (in, c, out) -> {
      MarkerPage<String> page = page(in, new KmsOperations(c).listKeys(), Function.identity());
      var array = out.putArray("Keys");
      page.items().forEach(id -> array.addObject().put("KeyId", id)
          .put("KeyArn", "arn:aws:kms:" + c.region() + ":" + c.accountId() + ":key/" + id));
      paging(out, page);
    });
    operation("ListResourceTags", (in, c, out) -> {
      Map<String, String> tags = new KmsOperations(c).listResourceTags(text(in, "KeyId"));
      MarkerPage<Map.Entry<String, String>> page =
          page(in, List.copyOf(tags.entrySet()), Map.Entry::getKey);
      var array = out.putArray("Tags");
      page.items().forEach(t -> array.addObject().put("TagKey", t.getKey()).put("TagValue", t.getValue()));
      paging(out, page);
    });
    operation("TagResource", (in, c, out) ->
        new KmsOperations(c).tagResource(text(in, "KeyId"), kmsTags(in)));
  }

  private static void metadata(ObjectNode out, KmsKey key) {
    ObjectNode m = out.putObject("KeyMetadata")
        .put("AWSAccountId", key.awsAccountId())
        .put("KeyId", key.keyId())
        .put("Arn", key.arn())
        .put("CreationDate", epochSeconds(key.creationDate()))
        .put("Enabled", key.enabled())
        .put("Description", key.description())
        .put("KeyUsage", key.keyUsage())
        .put("KeyState", key.keyState());
    key.deletionDate().ifPresent(d -> m.put("DeletionDate", epochSeconds(d)));
    m.put("Origin", "AWS_KMS")
        .put("KeyManager", key.keyManager())
        .put("CustomerMasterKeySpec", key.keySpec())
        .put("KeySpec", key.keySpec());
    m.putArray("EncryptionAlgorithms").add("SYMMETRIC_DEFAULT");
    m.put("MultiRegion", false);
  }

  /** KMS's tags: {@code [{"TagKey": k, "TagValue": v}, ...]}. */
  private static Map<String, String> kmsTags(JsonNode in) {
    Map<String, String> tags = new LinkedHashMap<>();
    in.path("Tags").forEach(t -> tags.put(text(t, "TagKey"), orEmpty(text(t, "TagValue"))));
    return tags;
  }

  private static <T> MarkerPage<T> page(JsonNode in, List<T> all, Function<T, String> key) {
    Integer limit = integer(in, "Limit");
    if (limit != null && (limit < 1 || limit > 1000)) {
      throw AwsError.KMS_VALIDATION.exception(
          "1 validation error detected: Value '" + limit + "' at 'limit' failed to satisfy"
              + " constraint: Member must have value " + (limit < 1
                  ? "greater than or equal to 1" : "less than or equal to 1000"));
    }
    return MarkerPage.of(all, key, text(in, "Marker"), limit, DEFAULT_LIMIT,
        () -> AwsError.KMS_INVALID_MARKER.exception("Invalid marker"));
  }

  private static void paging(ObjectNode out, MarkerPage<?> page) {
    out.put("Truncated", page.truncated());
    if (page.truncated()) {
      out.put("NextMarker", page.nextMarker());
    }
  }

  private static void symmetricOnly(JsonNode in) {
    for (String[] f : new String[][] {{"KeySpec", "SYMMETRIC_DEFAULT"},
        {"CustomerMasterKeySpec", "SYMMETRIC_DEFAULT"}, {"KeyUsage", "ENCRYPT_DECRYPT"},
        {"Origin", "AWS_KMS"}}) {
      String value = text(in, f[0]);
      if (value != null && !value.equals(f[1])) {
        throw AwsError.KMS_UNSUPPORTED_OPERATION.exception(
            "The simulator's KMS makes symmetric encryption keys only.",
            f[0] + " " + value + " is not served; use " + f[1] + " (or leave it out)");
      }
    }
    if (in.path("MultiRegion").asBoolean(false)) {
      throw AwsError.KMS_UNSUPPORTED_OPERATION.exception(
          "The simulator's KMS makes single-Region keys only.", "MultiRegion is not served");
    }
  }

  private static void policyName(JsonNode in) {
    String name = text(in, "PolicyName");
    if (name != null && !name.equals(KmsPort.DEFAULT_POLICY)) {
      throw AwsError.KMS_NOT_FOUND.exception("No such policy exists", "the only policy is default");
    }
  }

  private static boolean bypass(JsonNode in) {
    return in.path("BypassPolicyLockoutSafetyCheck").asBoolean(false);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
