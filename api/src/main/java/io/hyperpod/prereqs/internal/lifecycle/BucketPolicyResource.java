package io.hyperpod.prereqs.internal.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.Unknown;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.internal.network.NetworkAddresses;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3Port;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code network.restrictBucketToVpc}: the stack's statement in the lifecycle bucket's policy that
 * admits only requests through the VPC's S3 gateway endpoint (and the principal running the tool).
 * Other statements of the policy are kept; destroy takes only the stack's statement out.
 */
final class BucketPolicyResource implements Resource<JsonNode> {
  static final String TYPE = "s3_bucket_policy";

  private final StackModel model;
  private final String bucket;

  BucketPolicyResource(StackModel model) {
    this.model = model;
    this.bucket = model.lifecycleScripts().bucket();
  }

  @Override
  public ResourceAddress address() {
    return ResourceAddress.of(TYPE, bucket);
  }

  /**
   * The bucket, the endpoint, and the stack's files: the policy is put last and, since it
   * restricts the tool's own access to the bucket, taken out first on destroy.
   */
  @Override
  public List<ResourceAddress> dependsOn() {
    List<ResourceAddress> deps = new java.util.ArrayList<>();
    deps.add(BucketResource.address(model));
    deps.add(NetworkAddresses.S3_ENDPOINT);
    LifecycleFiles.of(model.lifecycleMode())
        .forEach(f -> deps.add(ResourceAddress.of(LifecycleObjectResource.TYPE, f)));
    return deps;
  }

  @Override
  public Optional<JsonNode> observe(ObserveContext ctx) {
    return LifecycleReads.bucket(ctx, bucket)
        .filter(b -> b.access() == BucketAccess.OWNED)
        .flatMap(b -> b.policy())
        .flatMap(p -> VpceOnlyStatement.find(model, p));
  }

  @Override
  public Map<String, Object> observedAttributes(JsonNode statement) {
    return Attributes.of().put("bucket", bucket).put("statement", Json.canonicalPolicy(statement))
        .build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<JsonNode> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    Optional<String> endpoint = outputs.get(NetworkAddresses.S3_ENDPOINT, "id");
    Map<String, Object> statement = new java.util.TreeMap<>(Json.mapper().convertValue(
        Json.canonicalPolicy(VpceOnlyStatement.statement(model, bucket, endpoint.orElse(""))),
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {}));
    if (endpoint.isEmpty()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> condition = new java.util.TreeMap<>(
          (Map<String, Object>) statement.get("Condition"));
      condition.put("StringNotEquals", Map.of(VpceOnlyStatement.SOURCE_VPCE, Unknown.VALUE));
      statement.put("Condition", condition);
    }
    return Attributes.of().put("bucket", bucket).put("statement", statement).build();
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("the bucket policy does not restrict access to the VPC's S3 endpoint");
  }

  @Override
  public Diff diff(JsonNode statement, Outputs outputs) {
    Optional<String> endpoint = outputs.get(NetworkAddresses.S3_ENDPOINT, "id");
    boolean same =
        endpoint.isPresent()
            && Json.canonicalPolicy(statement)
                .equals(
                    Json.canonicalPolicy(
                        VpceOnlyStatement.statement(model, bucket, endpoint.get())));
    return same
        ? Diff.noop("up to date")
        : Diff.update(
            "the statement differs from the spec (endpoint or exempt principal)",
            List.of("statement"));
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<JsonNode> observed) {
    S3Port s3 = ctx.backend().s3();
    String endpoint = ctx.outputs().require(NetworkAddresses.S3_ENDPOINT, "id");
    s3.putBucketPolicy(
        bucket,
        VpceOnlyStatement.merge(
            model,
            s3.getBucketPolicy(bucket),
            VpceOnlyStatement.statement(model, bucket, endpoint)));
    return Map.of();
  }

  @Override
  public boolean destroyable(JsonNode statement) {
    return true;
  }

  @Override
  public void destroy(ApplyContext ctx, JsonNode statement) {
    S3Port s3 = ctx.backend().s3();
    Optional<String> rest =
        s3.getBucketPolicy(bucket).flatMap(p -> VpceOnlyStatement.remove(model, p));
    if (rest.isPresent()) {
      s3.putBucketPolicy(bucket, rest.get());
    } else {
      s3.deleteBucketPolicy(bucket);
    }
  }
}
