package io.hyperpod.prereqs.aws.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * CreateCluster members that SageMaker takes today but the SDK's model of BOM 2.40.2 lacks ({@code
 * SlurmConfig}, {@code LifeCycleConfig.OnInitComplete}, {@code Orchestrator.Slurm}, ...): the
 * request's own JSON (which uses SageMaker's member names) is put on the call as an execution
 * attribute, and this interceptor adds each member the SDK's body lacks before the request is
 * signed. Members the SDK wrote stay as it wrote them.
 */
public final class SageMakerMembersBeyondSdk implements ExecutionInterceptor {
  /** The request's JSON, as {@code outputs --create-cluster-json} prints it. */
  static final ExecutionAttribute<String> REQUEST_JSON =
      new ExecutionAttribute<>("hyperpod-prereqs.CreateClusterJson");

  private static final ExecutionAttribute<byte[]> MERGED =
      new ExecutionAttribute<>("hyperpod-prereqs.CreateClusterMergedBody");

  static String json(CreateClusterRequest request) {
    return Json.write(request);
  }

  /** The interceptor; one serves every call of a client. */
  public SageMakerMembersBeyondSdk() {}

  @Override
  public SdkHttpRequest modifyHttpRequest(
      Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
    byte[] merged = merged(context, attributes);
    return merged == null
        ? context.httpRequest()
        : context.httpRequest().toBuilder()
            .putHeader("Content-Length", String.valueOf(merged.length))
            .build();
  }

  @Override
  public Optional<RequestBody> modifyHttpContent(
      Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
    byte[] merged = merged(context, attributes);
    return merged == null ? context.requestBody() : Optional.of(RequestBody.fromBytes(merged));
  }

  /** The SDK's body with our members added, computed once per call; null when not ours. */
  private static byte[] merged(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
    byte[] done = attributes.getAttribute(MERGED);
    String ours = attributes.getAttribute(REQUEST_JSON);
    Optional<RequestBody> body = context.requestBody();
    if (done != null || ours == null || body.isEmpty()) {
      return done;
    }
    JsonNode sdk;
    try (InputStream in = body.get().contentStreamProvider().newStream()) {
      sdk = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    addMissing((ObjectNode) sdk, Json.parse(ours));
    byte[] merged = Json.write(sdk).getBytes(StandardCharsets.UTF_8);
    attributes.putAttribute(MERGED, merged);
    return merged;
  }

  /** Adds to {@code into} every member of {@code from} it lacks, recursively (lists by index). */
  static void addMissing(ObjectNode into, JsonNode from) {
    Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode have = into.get(f.getKey());
      if (f.getValue().isNull()) {
        continue;
      }
      if (have == null) {
        into.set(f.getKey(), f.getValue());
      } else if (have.isObject() && f.getValue().isObject()) {
        addMissing((ObjectNode) have, f.getValue());
      } else if (have.isArray() && f.getValue().isArray()) {
        ArrayNode a = (ArrayNode) have;
        for (int i = 0; i < a.size() && i < f.getValue().size(); i++) {
          if (a.get(i).isObject() && f.getValue().get(i).isObject()) {
            addMissing((ObjectNode) a.get(i), f.getValue().get(i));
          }
        }
      }
    }
  }
}
