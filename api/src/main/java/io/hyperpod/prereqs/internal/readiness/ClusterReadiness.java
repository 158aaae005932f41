package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.readiness.RequirementResult;
import java.util.List;
import java.util.Optional;

/**
 * The one readiness logic: what HyperPod needs of an account for one CreateCluster request,
 * checked read-only through the SPI. {@code verify} runs it on the spec's request; the simulator's
 * CreateCluster runs it as its oracle. Results come in the order HyperPod meets them: the caller's
 * permissions, the request's resources, the quotas, then what the lifecycle scripts need.
 */
public final class ClusterReadiness {
  private ClusterReadiness() {}

  /**
   * Checks the request.
   *
   * @param caller who calls CreateCluster; empty for the account root (allowed everything) or when
   *     the caller is not the question (verify asks about each admin instead)
   * @param clusterArn the ARN the cluster has (or would have)
   */
  public static List<RequirementResult> check(
      AccountView view,
      CreateClusterRequest request,
      Optional<Principal> caller,
      String clusterArn) {
    Results out = new Results();
    caller.ifPresent(c -> CallerRequirements.check(c, request, clusterArn, out));
    ClusterFieldRequirements.check(view, request, out);
    SlurmRequirements.check(request, out);
    NetworkFacts network = NetworkFacts.read(view, request.vpcConfig());
    RoleRequirements.check(view, request, network, out);
    KmsRequirements.check(view, request, out);
    NetworkRequirements.check(view, request, network, out);
    StorageRequirements.check(view, request, network, out);
    QuotaRequirements.check(view, request, out);
    LifecycleRequirements.check(view, request, network, out);
    return out.list();
  }

  /** The ARN a cluster of this id has. */
  public static String clusterArn(AccountView view, String clusterId) {
    return "arn:aws:sagemaker:" + view.region() + ":" + view.accountId() + ":cluster/" + clusterId;
  }
}
