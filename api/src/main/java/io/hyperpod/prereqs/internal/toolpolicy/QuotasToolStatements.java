package io.hyperpod.prereqs.internal.toolpolicy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.spec.Quotas;
import java.util.ArrayList;
import java.util.List;

/**
 * Service Quotas section (written ahead of the quotas port, from the operation list of
 * aws-wire-protocols §2.6): reading SageMaker's "for cluster usage" quotas and the history of
 * increase requests; asking for increases only when the spec says {@code requestIncreases}.
 * Service Quotas' read actions take no resource, so they are on {@code *}.
 */
final class QuotasToolStatements {
  private QuotasToolStatements() {}

  static List<ObjectNode> of(StackModel model) {
    List<ObjectNode> out = new ArrayList<>();
    if (model.instanceGroups().isEmpty()) {
      return out;
    }
    out.add(Statements.allow(
        "QuotasRead",
        List.of("servicequotas:GetServiceQuota", "servicequotas:GetAWSDefaultServiceQuota",
            "servicequotas:ListServiceQuotas", "servicequotas:ListAWSDefaultServiceQuotas",
            "servicequotas:GetRequestedServiceQuotaChange",
            "servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota",
            "servicequotas:ListRequestedServiceQuotaChangeHistory"),
        List.of("*")));
    if (model.spec().quotas().map(Quotas::requestIncreases).orElse(false)) {
      out.add(Statements.allow(
          "QuotasRequestIncreases",
          List.of("servicequotas:RequestServiceQuotaIncrease"),
          model.spec().network().isPresent()
              ? List.of(quotaArns(model, "sagemaker"), quotaArns(model, "vpc"))
              : List.of(quotaArns(model, "sagemaker"))));
    }
    return out;
  }

  /** Every quota of one service in the stack's account and region. */
  private static String quotaArns(StackModel model, String service) {
    return "arn:aws:servicequotas:" + model.region() + ":" + model.account() + ":" + service + "/*";
  }
}
