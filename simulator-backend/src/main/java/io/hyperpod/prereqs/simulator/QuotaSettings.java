package io.hyperpod.prereqs.simulator;

import io.hyperpod.prereqs.simulator.internal.AccountState;
import io.hyperpod.prereqs.simulator.internal.RegionState;
import io.hyperpod.prereqs.simulator.internal.SimulatorCore;
import io.hyperpod.prereqs.simulator.internal.quotas.QuotaSettingsRecord;
import io.hyperpod.prereqs.simulator.internal.quotas.QuotasStore;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The simulated Service Quotas' controls, for tests and demos: the approval policy, AWS defaults,
 * adjustable flags and an account's applied values, all by quota name (e.g. {@code
 * ml.p5.48xlarge for cluster usage}). Settings are saved with the simulator's state. Get it from
 * {@link AwsSimulator#serviceQuotas()}.
 *
 * <pre>{@code
 * simulator.serviceQuotas()
 *     .approvalPolicy(QuotaApprovalPolicy.builder().autoApproveUpTo(4).build())
 *     .defaultValue("ml.p5.48xlarge for cluster usage", 2)
 *     .appliedValue("123456789012", "us-west-2", "ml.g5.8xlarge for cluster usage", 8);
 * }</pre>
 */
public final class QuotaSettings {
  private final SimulatorCore core;

  QuotaSettings(SimulatorCore core) {
    this.core = core;
  }

  /**
   * The policy that decides requests filed from now on.
   *
   * @param policy when increase requests are approved, in part or denied, and after what simulated
   *     delays
   * @return these settings
   */
  public QuotaSettings approvalPolicy(QuotaApprovalPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return change(
        s ->
            s.policy(
                policy.autoApproveUpTo(),
                policy.autoApprovalDelay().getSeconds(),
                policy.caseOpenDelay().getSeconds(),
                policy.caseApproveUpTo(),
                policy.caseDecisionDelay().getSeconds()));
  }

  /** {@return the policy that decides the increase requests filed from now on} */
  public QuotaApprovalPolicy approvalPolicy() {
    return core.locked(
        () -> {
          QuotaSettingsRecord s = core.state().quotaSettings();
          return QuotaApprovalPolicy.builder()
              .autoApproveUpTo(s.autoApproveUpTo())
              .autoApprovalDelay(Duration.ofSeconds(s.autoApprovalSeconds()))
              .caseOpenDelay(Duration.ofSeconds(s.caseOpenSeconds()))
              .caseApproveUpTo(s.caseApproveUpTo())
              .caseDecisionDelay(Duration.ofSeconds(s.caseDecisionSeconds()))
              .build();
        });
  }

  /**
   * The AWS default of a quota, in every account and region (those in use and those to come).
   *
   * @param quotaName a SageMaker quota's name, e.g. {@code ml.p5.48xlarge for cluster usage}
   * @param value the default value, a count of instances
   * @return these settings
   * @throws IllegalArgumentException when the name is null or blank
   */
  public QuotaSettings defaultValue(String quotaName, double value) {
    requireName(quotaName);
    change(s -> s.defaultValue(quotaName, value));
    return eachStore(store -> store.setDefault(quotaName, value));
  }

  /**
   * Whether an increase of the quota can be requested, in every account and region.
   *
   * @param quotaName a SageMaker quota's name, e.g. {@code ml.p5.48xlarge for cluster usage}
   * @param adjustable {@code false} to make RequestServiceQuotaIncrease fail as AWS does for a
   *     fixed quota
   * @return these settings
   * @throws IllegalArgumentException when the name is null or blank
   */
  public QuotaSettings adjustable(String quotaName, boolean adjustable) {
    requireName(quotaName);
    change(s -> s.adjustable(quotaName, adjustable));
    return eachStore(store -> store.setAdjustable(quotaName, adjustable));
  }

  /**
   * The applied value of a quota in one account and region, as if an increase had been approved
   * earlier.
   *
   * @throws IllegalArgumentException when no SageMaker quota has this name
   * @param accountId the 12-digit account id
   * @param region the region name, e.g. {@code us-west-2}
   * @param quotaName a SageMaker quota's name, e.g. {@code ml.p5.48xlarge for cluster usage}
   * @param value the applied value, a count of instances
   * @return these settings
   */
  public QuotaSettings appliedValue(
      String accountId, String region, String quotaName, double value) {
    requireName(quotaName);
    core.locked(
        () -> {
          QuotasStore store = core.state().account(accountId).region(region).quotas();
          store.ensureCatalog(core.state().quotaSettings());
          if (store.byName(quotaName).isEmpty()) {
            throw new IllegalArgumentException(
                "no SageMaker quota is named '" + quotaName + "'; names look like"
                    + " 'ml.p5.48xlarge for cluster usage'");
          }
          store.setApplied(quotaName, value);
          return null;
        });
    return this;
  }

  private QuotaSettings change(Consumer<QuotaSettingsRecord> change) {
    core.locked(
        () -> {
          change.accept(core.state().quotaSettings());
          return null;
        });
    return this;
  }

  private QuotaSettings eachStore(Consumer<QuotasStore> change) {
    core.locked(
        () -> {
          for (AccountState account : core.state().accounts()) {
            for (RegionState region : account.regions().values()) {
              if (region.quotas().initialized()) {
                change.accept(region.quotas());
              }
            }
          }
          return null;
        });
    return this;
  }

  private static void requireName(String quotaName) {
    if (quotaName == null || quotaName.isBlank()) {
      throw new IllegalArgumentException("a quota name is required, e.g. 'ml.p5.48xlarge for"
          + " cluster usage'");
    }
  }
}
