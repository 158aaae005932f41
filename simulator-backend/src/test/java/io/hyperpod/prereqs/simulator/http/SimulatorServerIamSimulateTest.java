package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyResponse;

/** IAM's policy simulator (SimulatePrincipalPolicy, SimulateCustomPolicy) served to the SDK. */
class SimulatorServerIamSimulateTest {
  private static final String BUCKET = "arn:aws:s3:::sim-data/*";
  private static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":["
          + "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"" + BUCKET + "\"},"
          + "{\"Sid\":\"NoDelete\",\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"}]}";

  static SimulatorServer server;
  static IamClient iam;
  static String userArn;

  @BeforeAll
  static void start() {
    server = SimulatorServer.builder(AwsSimulator.create()).start();
    iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials());
    userArn = iam.createUser(r -> r.userName("sim-carol")).user().arn();
    iam.putUserPolicy(r -> r.userName("sim-carol").policyName("data").policyDocument(POLICY));
  }

  @AfterAll
  static void stop() {
    iam.close();
    server.stop();
  }

  @Test
  void simulatePrincipalPolicy_inlinePolicy_allowedExplicitAndImplicitDeny() {
    List<EvaluationResult> results =
        iam.simulatePrincipalPolicy(
                r ->
                    r.policySourceArn(userArn)
                        .actionNames("s3:GetObject", "s3:DeleteObject", "s3:PutObject")
                        .resourceArns("arn:aws:s3:::sim-data/key"))
            .evaluationResults();

    assertThat(results)
        .extracting(EvaluationResult::evalActionName, EvaluationResult::evalDecision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("s3:GetObject", PolicyEvaluationDecisionType.ALLOWED),
            org.assertj.core.groups.Tuple.tuple(
                "s3:DeleteObject", PolicyEvaluationDecisionType.EXPLICIT_DENY),
            org.assertj.core.groups.Tuple.tuple(
                "s3:PutObject", PolicyEvaluationDecisionType.IMPLICIT_DENY));
    assertThat(results.get(0).evalResourceName()).isEqualTo("arn:aws:s3:::sim-data/key");
    assertThat(results.get(0).matchedStatements())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.sourcePolicyId()).isEqualTo("data");
              assertThat(s.sourcePolicyTypeAsString()).isEqualTo("user");
            });
    assertThat(results.get(2).matchedStatements()).isEmpty();
  }

  @Test
  void simulatePrincipalPolicy_maxItemsOne_pagesWithMarker() {
    SimulatePrincipalPolicyResponse first =
        iam.simulatePrincipalPolicy(
            r -> r.policySourceArn(userArn).actionNames("s3:GetObject", "s3:DeleteObject").maxItems(1));
    SimulatePrincipalPolicyResponse second =
        iam.simulatePrincipalPolicy(
            r ->
                r.policySourceArn(userArn)
                    .actionNames("s3:GetObject", "s3:DeleteObject")
                    .maxItems(1)
                    .marker(first.marker()));

    assertThat(first.isTruncated()).isTrue();
    assertThat(first.evaluationResults()).extracting(EvaluationResult::evalActionName).containsExactly("s3:GetObject");
    assertThat(first.evaluationResults().get(0).evalResourceName()).isEqualTo("*");
    assertThat(second.isTruncated()).isFalse();
    assertThat(second.evaluationResults()).extracting(EvaluationResult::evalActionName).containsExactly("s3:DeleteObject");
  }

  @Test
  void simulatePrincipalPolicy_unknownPrincipal_noSuchEntity() {
    String ghost = userArn.replace("sim-carol", "sim-ghost");

    assertThatExceptionOfType(NoSuchEntityException.class)
        .isThrownBy(() -> iam.simulatePrincipalPolicy(r -> r.policySourceArn(ghost).actionNames("s3:GetObject")))
        .withMessageContaining(ghost);
  }

  @Test
  void simulateCustomPolicy_conditionOnContextEntry_decidedByTheEntry() {
    String policy =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ssm:StartSession\","
            + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"us-west-2\"}}}]}";

    EvaluationResult inRegion = simulateStartSession(policy, "us-west-2");
    EvaluationResult elsewhere = simulateStartSession(policy, "eu-west-1");

    assertThat(inRegion.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
    assertThat(inRegion.matchedStatements())
        .singleElement()
        .satisfies(s -> assertThat(s.sourcePolicyId()).isEqualTo("PolicyInputList.1"));
    assertThat(elsewhere.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
  }

  private static EvaluationResult simulateStartSession(String policy, String region) {
    return iam.simulateCustomPolicy(
            r ->
                r.policyInputList(policy)
                    .actionNames("ssm:StartSession")
                    .contextEntries(
                        e ->
                            e.contextKeyName("aws:RequestedRegion")
                                .contextKeyType(ContextKeyTypeEnum.STRING)
                                .contextKeyValues(region)))
        .evaluationResults()
        .get(0);
  }
}
