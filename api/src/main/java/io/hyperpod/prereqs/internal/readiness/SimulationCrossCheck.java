package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.internal.readiness.LifecycleRequirements.S3Location;
import io.hyperpod.prereqs.readiness.ImmutableRequirementResult;
import io.hyperpod.prereqs.readiness.RequirementResult;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.iam.PolicySimulation;
import io.hyperpod.prereqs.spi.iam.SimulationResult;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code verify}'s second opinion on {@link LifecycleRequirements#ROLE_CAN_READ}: the backend's
 * own IAM policy simulation (SimulatePrincipalPolicy on the execution role's identity policies) for
 * s3:ListBucket and s3:GetObject of the OnCreate script, added to the evidence. A backend that
 * cannot simulate (not implemented, access denied) leaves the result "not cross-checked".
 */
final class SimulationCrossCheck {
  private SimulationCrossCheck() {}

  static List<RequirementResult> apply(
      AccountView view, CreateClusterRequest request, List<RequirementResult> results) {
    Optional<CreateClusterRequest.LifeCycleConfig> lifecycle =
        request.instanceGroups().get(0).lifeCycleConfig();
    Optional<S3Location> loc =
        lifecycle.flatMap(l -> S3Location.parse(l.sourceS3Uri()));
    Optional<String> script = lifecycle.flatMap(CreateClusterRequest.LifeCycleConfig::entryScript);
    if (loc.isEmpty() || script.isEmpty()) {
      return results;
    }
    String onCreate = script.get();
    return results.stream()
        .map(r -> r.id().equals(LifecycleRequirements.ROLE_CAN_READ) ? crossCheck(view, loc.get(), onCreate, r) : r)
        .toList();
  }

  private static RequirementResult crossCheck(
      AccountView view, S3Location loc, String onCreate, RequirementResult local) {
    String bucketArn = "arn:aws:s3:::" + loc.bucket();
    String objectArn = bucketArn + "/" + loc.key(onCreate);
    String note;
    try {
      List<SimulationResult> answers =
          view.backend().iam().simulatePrincipalPolicy(local.subject(),
              PolicySimulation.builder().addActionNames("s3:ListBucket", "s3:GetObject")
                  .addResourceArns(bucketArn, objectArn).build());
      List<SimulationResult> relevant = answers.stream()
          .filter(a -> a.actionName().equals("s3:ListBucket") ? a.resourceArn().equals(bucketArn)
              : a.resourceArn().equals(objectArn))
          .toList();
      boolean allowed = !relevant.isEmpty() && relevant.stream().allMatch(SimulationResult::allowed);
      note = "IAM SimulatePrincipalPolicy (identity policies): "
          + relevant.stream().map(a -> a.actionName() + " " + a.decision().awsName()).collect(Collectors.joining(", "))
          + (allowed == local.passed() ? " (agrees)" : " (DISAGREES with the local evaluation)");
    } catch (CloudException | UnsupportedOperationException e) {
      String why = e instanceof CloudException c ? c.errorCode() : "not supported by the backend";
      note = "not cross-checked with IAM's policy simulation (" + why + ")";
    }
    return ImmutableRequirementResult.copyOf(local).withEvidence(local.evidence() + "; " + note);
  }
}
