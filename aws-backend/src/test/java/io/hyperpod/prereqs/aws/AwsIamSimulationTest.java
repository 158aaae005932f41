package io.hyperpod.prereqs.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hyperpod.prereqs.aws.AwsWire.action;
import static io.hyperpod.prereqs.aws.AwsWire.iamResult;
import static io.hyperpod.prereqs.aws.AwsWire.queryError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.hyperpod.prereqs.spi.iam.EvalDecision;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.iam.PolicySimulation;
import io.hyperpod.prereqs.spi.iam.SimulationContextEntry;
import io.hyperpod.prereqs.spi.iam.SimulationResult;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SimulatePrincipalPolicy and SimulateCustomPolicy on the wire: request shape, pages, answers. */
class AwsIamSimulationTest {
  @RegisterExtension static final WireMockExtension wm = AwsWire.server();

  private final AwsBackend backend = AwsWire.create().backend(wm).build();

  @AfterEach
  void tearDown() {
    backend.close();
  }

  private static String result(String action, String decision, String matched) {
    return "<member><EvalActionName>" + action + "</EvalActionName><EvalResourceName>*</EvalResourceName>"
        + "<EvalDecision>" + decision + "</EvalDecision><MatchedStatements>" + matched
        + "</MatchedStatements><MissingContextValues/></member>";
  }

  @Test
  void simulatePrincipalPolicy_twoPages_sendsActionsContextAndMarkerAndMapsEveryResult() {
    String user = "arn:aws:iam::" + AwsWire.ACCOUNT + ":user/alice";
    wm.stubFor(action("SimulatePrincipalPolicy").withFormParam("Marker", absent())
        .willReturn(iamResult("SimulatePrincipalPolicy", "<EvaluationResults>"
            + result("ssm:StartSession", "allowed", "<member><SourcePolicyId>sessions</SourcePolicyId>"
                + "<SourcePolicyType>user</SourcePolicyType><StartPosition><Line>1</Line><Column>38</Column>"
                + "</StartPosition></member>")
            + "</EvaluationResults><IsTruncated>true</IsTruncated><Marker>page-2</Marker>")));
    wm.stubFor(action("SimulatePrincipalPolicy").withFormParam("Marker", equalTo("page-2"))
        .willReturn(iamResult("SimulatePrincipalPolicy", "<EvaluationResults>"
            + result("s3:PutObject", "implicitDeny", "") + "</EvaluationResults><IsTruncated>false</IsTruncated>")));

    List<SimulationResult> results = backend.iam().simulatePrincipalPolicy(user,
        PolicySimulation.builder().addActionNames("ssm:StartSession", "s3:PutObject")
            .addContextEntries(SimulationContextEntry.of("aws:SourceVpce", "string", "vpce-1")).build());

    wm.verify(postRequestedFor(urlEqualTo("/"))
        .withFormParam("Action", equalTo("SimulatePrincipalPolicy"))
        .withFormParam("PolicySourceArn", equalTo(user))
        .withFormParam("ActionNames.member.1", equalTo("ssm:StartSession"))
        .withFormParam("ActionNames.member.2", equalTo("s3:PutObject"))
        .withFormParam("ContextEntries.member.1.ContextKeyName", equalTo("aws:SourceVpce"))
        .withFormParam("ContextEntries.member.1.ContextKeyType", equalTo("string"))
        .withFormParam("ContextEntries.member.1.ContextKeyValues.member.1", equalTo("vpce-1"))
        .withFormParam("Marker", absent()));
    assertThat(results).extracting(SimulationResult::actionName, SimulationResult::decision)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ssm:StartSession", EvalDecision.ALLOWED),
            org.assertj.core.groups.Tuple.tuple("s3:PutObject", EvalDecision.IMPLICIT_DENY));
    assertThat(results.get(0).matchedStatements()).singleElement().satisfies(m -> {
      assertThat(m.sourcePolicyId()).isEqualTo("sessions");
      assertThat(m.position()).isEqualTo("line 1, column 38");
    });
  }

  @Test
  void simulateCustomPolicy_sendsDocumentsBoundariesAndResources() {
    wm.stubFor(action("SimulateCustomPolicy").willReturn(iamResult("SimulateCustomPolicy",
        "<EvaluationResults>" + result("s3:GetObject", "explicitDeny", "") + "</EvaluationResults><IsTruncated>false</IsTruncated>")));

    SimulationResult r = backend.iam().simulateCustomPolicy(List.of("{\"Version\":\"2012-10-17\"}"), List.of("{}"),
        PolicySimulation.builder().addActionNames("s3:GetObject").addResourceArns("arn:aws:s3:::b/k").build()).get(0);

    wm.verify(postRequestedFor(urlEqualTo("/"))
        .withFormParam("Action", equalTo("SimulateCustomPolicy"))
        .withFormParam("PolicyInputList.member.1", equalTo("{\"Version\":\"2012-10-17\"}"))
        .withFormParam("PermissionsBoundaryPolicyInputList.member.1", equalTo("{}"))
        .withFormParam("ResourceArns.member.1", equalTo("arn:aws:s3:::b/k")));
    assertThat(r.decision()).isEqualTo(EvalDecision.EXPLICIT_DENY);
  }

  @Test
  void simulateCustomPolicy_malformedDocument_throwsMalformed() {
    wm.stubFor(action("SimulateCustomPolicy")
        .willReturn(queryError(400, "MalformedPolicyDocument", "Syntax errors in policy.")));

    assertThatThrownBy(() -> backend.iam().simulateCustomPolicy(List.of("{"), List.of(),
            PolicySimulation.builder().addActionNames("s3:GetObject").build()))
        .isInstanceOf(MalformedException.class).hasMessageContaining("MalformedPolicyDocument");
  }
}
