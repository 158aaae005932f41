package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.internal.iam.StackPolicyDocuments;
import io.hyperpod.prereqs.spi.iam.EvalDecision;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.PolicySimulation;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import io.hyperpod.prereqs.spi.iam.SimulationContextEntry;
import io.hyperpod.prereqs.spi.iam.SimulationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IAM's policy simulation: SimulatePrincipalPolicy on a user's policies and SimulateCustomPolicy
 * on given documents, with explicit denies and condition context entries. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class IamSimulationContract extends ContractGroup {
  protected IamSimulationContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @BeforeEach
  void simulationImplemented() {
    assumeNo(KnownDeviation.IAM_SIMULATION_NOT_IMPLEMENTED);
  }

  private static PolicySimulation actions(String... actions) {
    return PolicySimulation.builder().addActionNames(actions).build();
  }

  private static SimulationResult of(List<SimulationResult> results, String action) {
    return results.stream().filter(r -> r.actionName().equals(action)).findFirst().orElseThrow();
  }

  @Test
  void simulatePrincipalPolicy_clusterUser_allowsStartSessionDeniesPutObject() {
    IamUser user = newUser();
    backend().iam().putInlinePolicy(PrincipalRef.user(user.name()), "sessions", StackPolicyDocuments.clusterUser());

    List<SimulationResult> results =
        backend().iam().simulatePrincipalPolicy(user.arn(), actions("ssm:StartSession", "s3:PutObject"));

    assertThat(results).hasSize(2);
    SimulationResult start = of(results, "ssm:StartSession");
    assertThat(start.decision()).isEqualTo(EvalDecision.ALLOWED);
    assertThat(start.resourceArn()).isEqualTo("*");
    assertThat(start.matchedStatements()).extracting(SimulationResult.MatchedStatement::sourcePolicyId)
        .containsExactly("sessions");
    assertThat(of(results, "s3:PutObject").decision()).isEqualTo(EvalDecision.IMPLICIT_DENY);
    assertThat(of(results, "s3:PutObject").matchedStatements()).isEmpty();
  }

  @Test
  void simulatePrincipalPolicy_explicitDeny_winsOverAllow() {
    IamUser user = newUser();
    backend().iam().putInlinePolicy(PrincipalRef.user(user.name()), "sessions", StackPolicyDocuments.clusterUser());
    backend().iam().putInlinePolicy(PrincipalRef.user(user.name()), "no-sessions",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"NoSessions\",\"Effect\":\"Deny\","
            + "\"Action\":\"ssm:StartSession\",\"Resource\":\"*\"}]}");

    SimulationResult start =
        backend().iam().simulatePrincipalPolicy(user.arn(), actions("ssm:StartSession")).get(0);

    assertThat(start.decision()).isEqualTo(EvalDecision.EXPLICIT_DENY);
    assertThat(start.matchedStatements()).extracting(SimulationResult.MatchedStatement::sourcePolicyId)
        .containsExactly("no-sessions");
  }

  @Test
  void simulatePrincipalPolicy_unknownPrincipal_failsNoSuchEntity() {
    String arn = "arn:aws:iam::" + accountId() + ":user/" + unique("missing");

    assertCloudError(() -> backend().iam().simulatePrincipalPolicy(arn, actions("s3:GetObject")),
        NotFoundException.class, "NoSuchEntity", 404);
  }

  @Test
  void simulateCustomPolicy_contextEntry_satisfiesTheCondition() {
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::sagemaker-x/*\","
        + "\"Condition\":{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-0123456789abcdef0\"}}}]}";
    PolicySimulation base = PolicySimulation.builder()
        .addActionNames("s3:GetObject").addResourceArns("arn:aws:s3:::sagemaker-x/a.sh").build();

    SimulationResult without = backend().iam().simulateCustomPolicy(List.of(policy), List.of(), base).get(0);
    SimulationResult with = backend().iam().simulateCustomPolicy(List.of(policy), List.of(),
        PolicySimulation.builder().from(base)
            .addContextEntries(SimulationContextEntry.of("aws:SourceVpce", "string", "vpce-0123456789abcdef0"))
            .build()).get(0);

    assertThat(without.decision()).isEqualTo(EvalDecision.IMPLICIT_DENY);
    assertThat(with.decision()).isEqualTo(EvalDecision.ALLOWED);
    assertThat(with.resourceArn()).isEqualTo("arn:aws:s3:::sagemaker-x/a.sh");
    assertThat(with.matchedStatements()).extracting(SimulationResult.MatchedStatement::sourcePolicyId)
        .containsExactly("PolicyInputList.1");
  }

  @Test
  void simulateCustomPolicy_notJson_failsMalformedPolicyDocument() {
    assertCloudError(
        () -> backend().iam().simulateCustomPolicy(List.of("{not json"), List.of(), actions("s3:GetObject")),
        MalformedException.class, "MalformedPolicyDocument", 400);
  }
}
