package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.RecordedCall;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;

/**
 * A refused call answers AWS's own message; the simulator's explanation travels apart from it:
 * in the {@code x-hyperpod-simulator-reason} header, the call journal and the refusal listener
 * ({@code simulator serve} logs a line per refusal).
 */
class SimulatorServerReasonTest {
  private final AwsSimulator simulator = AwsSimulator.create();
  private final List<RecordedCall> refused = new CopyOnWriteArrayList<>();
  private SimulatorServer server;

  @BeforeEach
  void start() {
    server = SimulatorServer.builder(simulator).onRefusal(refused::add).start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void subnetOutsideItsVpc_answersAwsMessage_reasonInHeaderJournalAndListener() {
    Ec2Client ec2 = SdkClients.ec2(server.endpoint());
    String vpcId = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();

    Ec2Exception e =
        catchThrowableOfType(
            () -> ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.1.0.0/20")),
            Ec2Exception.class);

    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSubnet.Range");
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The CIDR '10.1.0.0/20' is invalid.");
    String header =
        e.awsErrorDetails()
            .sdkHttpResponse()
            .firstMatchingHeader("x-hyperpod-simulator-reason")
            .orElseThrow();
    assertThat(header).contains("10.1.0.0/20").contains("10.0.0.0/16");
    RecordedCall journal = simulator.calls().get(simulator.calls().size() - 1);
    assertThat(journal.operation()).isEqualTo("CreateSubnet");
    assertThat(journal.reason()).hasValue(header);
    assertThat(refused).extracting(RecordedCall::requestId).containsExactly(journal.requestId());
  }

  @Test
  void policyWithAnInvalidResource_answersIamGrammarMessage_andSucceedingCallsAreNotRefusals() {
    IamClient iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials());
    String document =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
            + "\"Resource\":\"my-bucket\"}]}";

    IamException e =
        catchThrowableOfType(
            () -> iam.createPolicy(r -> r.policyName("p").policyDocument(document)),
            IamException.class);
    iam.listUsers();

    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicyDocument");
    assertThat(e.awsErrorDetails().errorMessage())
        .isEqualTo("Resource my-bucket must be in ARN format or \"*\".");
    assertThat(e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader(
            "x-hyperpod-simulator-reason"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("Statement[0]"));
    assertThat(refused).extracting(RecordedCall::operation).containsExactly("CreatePolicy");
  }
}
