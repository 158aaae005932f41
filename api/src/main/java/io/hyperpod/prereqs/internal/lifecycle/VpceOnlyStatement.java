package io.hyperpod.prereqs.internal.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bucket-policy statement of {@code restrictBucketToVpc} (facts §9.6): deny every S3 action on
 * the bucket and its objects to requests that do not come through the VPC's S3 endpoint, except
 * those of the principal that runs the tool, so that it can still upload the scripts from outside
 * the VPC. The statement is the stack's by its Sid: other statements of the bucket's policy stay.
 */
final class VpceOnlyStatement {
  private VpceOnlyStatement() {}

  /** The condition key that names the endpoint. */
  static final String SOURCE_VPCE = "aws:SourceVpce";

  static String sid(StackModel model) {
    return "hyperpod-prereqs-" + model.stack() + "-vpce-only";
  }

  /** The statement, for the endpoint's id. */
  static ObjectNode statement(StackModel model, String bucket, String endpointId) {
    ObjectNode s =
        Json.object()
            .put("Sid", sid(model))
            .put("Effect", "Deny")
            .put("Principal", "*")
            .put("Action", "s3:*");
    s.putArray("Resource").add("arn:aws:s3:::" + bucket).add("arn:aws:s3:::" + bucket + "/*");
    ObjectNode condition = s.putObject("Condition");
    condition.putObject("StringNotEquals").put(SOURCE_VPCE, endpointId);
    ArrayNode exempt = condition.putObject("ArnNotLike").putArray("aws:PrincipalArn");
    principalArns(model.callerArn()).forEach(exempt::add);
    return s;
  }

  /**
   * The {@code aws:PrincipalArn} values of a caller: an assumed-role session is its role, whose
   * path the session's ARN does not show ({@code role/NAME} and {@code role/* /NAME}).
   */
  static List<String> principalArns(String callerArn) {
    String[] parts = callerArn.split(":", 6);
    if (parts.length == 6 && parts[2].equals("sts") && parts[5].startsWith("assumed-role/")) {
      String role = parts[5].split("/")[1];
      String base = "arn:" + parts[1] + ":iam::" + parts[4] + ":role/";
      return List.of(base + role, base + "*/" + role);
    }
    return List.of(callerArn);
  }

  /** The stack's statement in a bucket policy, if it has one. */
  static Optional<JsonNode> find(StackModel model, String policy) {
    return statements(policy).stream()
        .filter(s -> sid(model).equals(s.path("Sid").asText()))
        .findFirst();
  }

  /** The policy with the stack's statement put in (replacing an older one). */
  static String merge(StackModel model, Optional<String> policy, ObjectNode statement) {
    List<JsonNode> others =
        policy.map(VpceOnlyStatement::statements).orElse(List.of()).stream()
            .filter(s -> !sid(model).equals(s.path("Sid").asText()))
            .toList();
    List<JsonNode> all = new ArrayList<>(others);
    all.add(statement);
    return document(all);
  }

  /** The policy without the stack's statement; empty when nothing is left. */
  static Optional<String> remove(StackModel model, String policy) {
    List<JsonNode> others =
        statements(policy).stream()
            .filter(s -> !sid(model).equals(s.path("Sid").asText()))
            .toList();
    return others.isEmpty() ? Optional.empty() : Optional.of(document(others));
  }

  private static String document(List<JsonNode> statements) {
    ObjectNode doc = Json.object().put("Version", "2012-10-17");
    ArrayNode list = doc.putArray("Statement");
    statements.forEach(list::add);
    return Json.write(doc);
  }

  private static List<JsonNode> statements(String policy) {
    JsonNode doc = Json.parse(policy);
    JsonNode s = doc.path("Statement");
    List<JsonNode> out = new ArrayList<>();
    if (s.isArray()) {
      s.forEach(out::add);
    } else if (s.isObject()) {
      out.add(s);
    }
    return out;
  }
}
