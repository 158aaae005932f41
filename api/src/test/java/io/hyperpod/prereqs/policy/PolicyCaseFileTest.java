package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.spi.iam.EvalDecision;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case in {@code src/test/resources/policy-cases/*.json}. A file holds
 * {@code {"cases": [...]}}; a case is
 *
 * <pre>
 * {"name": "...", "source": "which documented rule it pins",
 *  "request": {"principal": ARN, "principalType"?: "user|role|service", "principalAccount"?,
 *              "principalTags"?: {}, "action", "resource"?, "resourceAccount"?,
 *              "context"?: {"key": "value" | ["v1", "v2"]}},
 *  "policies": {"identity"?: [POLICY], "boundary"?: POLICY, "resource"?: POLICY},
 *  "expect": {"decision": "allowed|explicitDeny|implicitDeny",
 *             "deciding": [Sid or #n],       exactly the deciding statements
 *             "nearMisses"?: [Sid or #n],    exactly the near misses
 *             "explanationContains"?: [text]}}
 * </pre>
 *
 * where POLICY is {@code {"label": ..., "document": {...}}} or {@code {"managed": ARN}} for a
 * bundled AWS managed policy.
 */
class PolicyCaseFileTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final PolicyEvaluator EVALUATOR = PolicyEvaluator.create();

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    List<Arguments> all = new ArrayList<>();
    for (Path file : caseFiles()) {
      JsonNode root = MAPPER.readTree(file.toFile());
      for (JsonNode c : root.get("cases")) {
        all.add(Arguments.of(file.getFileName() + ": " + c.get("name").asText(), c));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void evaluate_caseFile_matchesExpectedDecision(String name, JsonNode c) {
    Decision decision = EVALUATOR.evaluate(request(c.get("request")), policies(c.get("policies")));

    JsonNode expect = c.get("expect");
    assertThat(decision.decision())
        .as("%s%n%s", name, decision.explanation())
        .isEqualTo(EvalDecision.fromAwsName(expect.get("decision").asText()));
    assertThat(ids(decision.decidingStatements()))
        .as("deciding statements of %s%n%s", name, decision.explanation())
        .containsExactlyInAnyOrderElementsOf(texts(expect.get("deciding")));
    if (expect.has("nearMisses")) {
      assertThat(ids(decision.nearMisses()))
          .as("near misses of %s%n%s", name, decision.explanation())
          .containsExactlyInAnyOrderElementsOf(texts(expect.get("nearMisses")));
    }
    for (String text : texts(expect.get("explanationContains"))) {
      assertThat(decision.explanation()).as("explanation of %s", name).contains(text);
    }
  }

  @Test
  void cases_allFiles_holdAtLeastSixtyUniquelyNamedCases() throws Exception {
    List<String> names =
        cases().map(a -> (String) a.get()[0]).collect(Collectors.toList());

    assertThat(names).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
  }

  private static List<Path> caseFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(PolicyCaseFileTest.class.getResource("/policy-cases").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
  }

  private static AuthorizationRequest request(JsonNode r) {
    AuthorizationRequest.Builder b =
        AuthorizationRequest.builder()
            .principalArn(r.get("principal").asText())
            .action(r.get("action").asText());
    if (r.has("principalType")) {
      b.principalType(PrincipalType.valueOf(r.get("principalType").asText().toUpperCase()));
    }
    if (r.has("principalAccount")) {
      b.principalAccount(r.get("principalAccount").asText());
    }
    if (r.has("resource")) {
      b.resource(r.get("resource").asText());
    }
    if (r.has("resourceAccount")) {
      b.resourceAccount(r.get("resourceAccount").asText());
    }
    r.path("principalTags").fields()
        .forEachRemaining(t -> b.putPrincipalTag(t.getKey(), t.getValue().asText()));
    for (Map.Entry<String, JsonNode> entry : iterable(r.path("context"))) {
      b.putContext(entry.getKey(), texts(entry.getValue()));
    }
    return b.build();
  }

  private static PolicySet policies(JsonNode p) {
    ImmutablePolicySet.Builder b = PolicySet.builder();
    p.path("identity").forEach(node -> b.addIdentityPolicy(policy(node)));
    if (p.has("boundary")) {
      b.permissionsBoundary(policy(p.get("boundary")));
    }
    if (p.has("resource")) {
      b.resourcePolicy(policy(p.get("resource")));
    }
    return b.build();
  }

  private static LabeledPolicy policy(JsonNode node) {
    if (node.has("managed")) {
      String arn = node.get("managed").asText();
      return AwsManagedPolicies.get(arn)
          .orElseThrow(() -> new AssertionError("no bundled managed policy " + arn))
          .labeled();
    }
    return LabeledPolicy.parse(node.get("label").asText(), node.get("document").toString());
  }

  private static List<String> ids(List<StatementMatch> matches) {
    return matches.stream().map(StatementMatch::statementId).collect(Collectors.toList());
  }

  /** A string or an array of strings; nothing for a missing node. */
  private static List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isMissingNode()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      out.add(node.asText());
    }
    return out;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node::fields;
  }
}
