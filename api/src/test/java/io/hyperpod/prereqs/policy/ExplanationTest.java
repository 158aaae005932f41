package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.spi.iam.EvalDecision;
import static io.hyperpod.prereqs.policy.PolicyFixtures.ACCOUNT;
import static io.hyperpod.prereqs.policy.PolicyFixtures.ALICE;
import static io.hyperpod.prereqs.policy.PolicyFixtures.EVALUATOR;
import static io.hyperpod.prereqs.policy.PolicyFixtures.OTHER_ACCOUNT;
import static io.hyperpod.prereqs.policy.PolicyFixtures.ROLE;
import static io.hyperpod.prereqs.policy.PolicyFixtures.allowIf;
import static io.hyperpod.prereqs.policy.PolicyFixtures.evaluate;
import static io.hyperpod.prereqs.policy.PolicyFixtures.policy;
import static io.hyperpod.prereqs.policy.PolicyFixtures.request;
import static io.hyperpod.prereqs.policy.PolicyFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  private static final String LIFECYCLE =
      "arn:aws:s3:::sagemaker-x/hyperpod/lifecycle/on_create.sh";

  private static Decision instanceRoleReads(String resourceAccount) {
    return EVALUATOR.evaluate(
        request(ROLE, "s3:GetObject").resource(LIFECYCLE).resourceAccount(resourceAccount).build(),
        PolicySet.ofIdentity(
            AwsManagedPolicies.get(AwsManagedPolicies.CLUSTER_INSTANCE_ROLE_POLICY)
                .orElseThrow().labeled()));
  }

  @Test
  void allowed_namesPolicyStatementAndEveryTestThatHeld() {
    Decision decision = instanceRoleReads(ACCOUNT);

    assertThat(decision.allowed()).isTrue();
    StatementMatch deciding = decision.decidingStatements().get(0);
    assertThat(deciding.policyKind()).isEqualTo(PolicyKind.IDENTITY);
    assertThat(deciding.policyLabel()).isEqualTo(AwsManagedPolicies.CLUSTER_INSTANCE_ROLE_POLICY);
    assertThat(deciding.sid()).contains("DataRetrievalFromS3BucketPermissions");
    assertThat(deciding.index()).isEqualTo(3);
    assertThat(deciding.effect()).isEqualTo(Effect.ALLOW);
    assertThat(deciding.reason())
        .isEqualTo("action s3:GetObject matches s3:GetObject; resource " + LIFECYCLE
            + " matches arn:aws:s3:::sagemaker-*; StringEquals aws:ResourceAccount: request"
            + " [111122223333] vs policy [${aws:PrincipalAccount} = 111122223333] holds");
    assertThat(decision.explanation())
        .startsWith("allowed: " + ROLE + " s3:GetObject on " + LIFECYCLE)
        .contains("allowed by policy " + AwsManagedPolicies.CLUSTER_INSTANCE_ROLE_POLICY
            + " statement DataRetrievalFromS3BucketPermissions")
        .contains("rule: same account; an identity-based allow with no explicit deny");
  }

  @Test
  void implicitDeny_crossAccount_saysWhichConditionFailedAndWhy() {
    Decision decision = instanceRoleReads(OTHER_ACCOUNT);

    assertThat(decision.decision()).isEqualTo(EvalDecision.IMPLICIT_DENY);
    assertThat(decision.decidingStatements()).isEmpty();
    assertThat(decision.nearMisses()).singleElement()
        .satisfies(m -> assertThat(m.reason()).isEqualTo(
            "StringEquals aws:ResourceAccount: request [444455556666] vs policy"
                + " [${aws:PrincipalAccount} = 111122223333] does not hold"));
    assertThat(decision.explanation())
        .contains("the resource is in account 444455556666 (the principal's is 111122223333)");
  }

  @Test
  void explicitDeny_namesTheDenyingStatementOnly() {
    Decision decision =
        evaluate(request(ALICE, "s3:DeleteBucket").resource("arn:aws:s3:::b").build(),
            statement("AllowAll", "Allow", "*", "*"),
            statement("NoDelete", "Deny", "s3:Delete*", "*"));

    assertThat(decision.decision()).isEqualTo(EvalDecision.EXPLICIT_DENY);
    assertThat(decision.decidingStatements()).extracting(StatementMatch::statementId)
        .containsExactly("NoDelete");
    assertThat(decision.explanation()).contains(
        "denied by policy inline:Test statement NoDelete: action s3:DeleteBucket matches"
            + " s3:Delete*");
  }

  @Test
  void unsupportedOperator_failsClosedWithTheDocumentedReason() {
    Decision decision =
        evaluate(request(ALICE, "s3:GetObject").build(),
            statement("AllowAll", "Allow", "*", "*"),
            allowIf("Odd", "s3:*", "{\"BinaryEquals\":{\"k\":\"QQ==\"}}"));

    assertThat(decision.decision()).isEqualTo(EvalDecision.IMPLICIT_DENY);
    assertThat(decision.unsupported()).containsExactly(
        "unsupported condition operator BinaryEquals in policy inline:Test statement Odd");
    assertThat(decision.explanation()).contains(
        "cannot evaluate, failing closed: unsupported condition operator BinaryEquals in policy"
            + " inline:Test statement Odd");
  }

  @Test
  void implicitDeny_boundary_listsTheCappedIdentityAllow() {
    Decision decision =
        EVALUATOR.evaluate(
            request(ROLE, "ec2:RunInstances").build(),
            PolicySet.builder()
                .addIdentityPolicy(policy("inline:Ec2", statement("Ec2", "Allow", "ec2:*", "*")))
                .permissionsBoundary(policy("arn:aws:iam::111122223333:policy/B",
                    statement("S3", "Allow", "s3:*", "*")))
                .build());

    assertThat(decision.nearMisses()).singleElement().satisfies(m -> {
      assertThat(m.statementId()).isEqualTo("Ec2");
      assertThat(m.reason()).isEqualTo(
          "allows, but the permissions boundary arn:aws:iam::111122223333:policy/B does not");
    });
  }

  @Test
  void decision_serialisesWithAwsDecisionNames() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module());

    String json = mapper.writeValueAsString(instanceRoleReads(ACCOUNT));

    assertThat(mapper.readTree(json).get("decision").asText()).isEqualTo("allowed");
    assertThat(mapper.readValue(json, Decision.class)).isEqualTo(instanceRoleReads(ACCOUNT));
  }
}
