package io.hyperpod.prereqs.internal.iam;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.List;
import java.util.Map;

/** IAM reads shared by the IAM resources: one account snapshot per run. */
final class IamReads {
  private IamReads() {}

  static IamSnapshot snapshot(ObserveContext ctx) {
    return ctx.cached("iam.snapshot", () -> ctx.backend().iam().snapshot());
  }

  /** Takes everything off a principal so that IAM lets it be deleted. */
  static void strip(
      IamPort iam, PrincipalRef principal, List<String> attached, Map<String, String> inline) {
    attached.forEach(arn -> iam.detachPolicy(principal, arn));
    inline.keySet().forEach(name -> iam.deleteInlinePolicy(principal, name));
  }
}
