package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.RecordedCall;
import io.hyperpod.prereqs.simulator.http.internal.WarmUp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The warm-up before a server listens: it reaches every protocol's operations (not refused at
 * the door), and leaves nothing in the simulator that is served.
 */
class SimulatorServerWarmUpTest {
  @Test
  void warmUpRequests_reachTheOperationsOfEveryProtocol_answersAndErrorsAsAws() {
    AwsSimulator scratch = AwsSimulator.create();
    try (SimulatorServer server =
        SimulatorServer.builder(scratch).clock(ServedClock.MANUAL).start()) {
      WarmUp.Outcome outcome = WarmUp.run(server.port(), 2, 200, Duration.ofMinutes(2));

      assertThat(outcome.failure()).isNull();
      assertThat(outcome.answered()).isEqualTo(201); // the role it reads, then the mix
    }
    Map<String, List<Optional<String>>> errorsByOperation =
        scratch.calls().stream()
            .collect(Collectors.groupingBy(
                call -> call.service() + ":" + call.operation(),
                Collectors.mapping(RecordedCall::errorCode, Collectors.toList())));
    assertThat(errorsByOperation)
        .containsKeys("iam:CreateRole", "iam:GetRole", "iam:ListRoles", "iam:GetUser",
            "sts:GetCallerIdentity", "ec2:DescribeVpcs", "ec2:DescribeSecurityGroups",
            "s3:ListBuckets", "s3:HeadBucket", "ssm:DescribeDocument", "sagemaker:ListClusters",
            "servicequotas:GetServiceQuota");
    assertThat(errorsByOperation.get("iam:CreateRole")).containsOnly(Optional.empty());
    assertThat(errorsByOperation.get("iam:GetRole"))
        .contains(Optional.empty(), Optional.of("NoSuchEntity"));
    assertThat(errorsByOperation.get("iam:ListRoles")).containsOnly(Optional.empty());
    assertThat(errorsByOperation.get("ec2:DescribeVpcs")).containsOnly(Optional.empty());
    assertThat(errorsByOperation.get("s3:ListBuckets")).containsOnly(Optional.empty());
    assertThat(errorsByOperation.get("ssm:DescribeDocument"))
        .containsOnly(Optional.of("InvalidDocument"));
  }

  @Test
  void aWarmedUpServer_servesItsOwnSimulatorUntouched() {
    AwsSimulator simulator = AwsSimulator.create();
    try (SimulatorServer server =
            SimulatorServer.builder(simulator).clock(ServedClock.MANUAL).warmUp(true).start();
        IamClient iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials())) {
      assertThat(simulator.calls()).isEmpty();

      assertThat(iam.listRoles().roles()).isEmpty();
      assertThat(simulator.calls()).extracting(RecordedCall::operation)
          .containsExactly("ListRoles");
    }
  }
}
