package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.sts.SimulatedAccount;
import io.hyperpod.prereqs.spi.account.CallerIdentity;

/**
 * STS on the wire (AWS query protocol, 2011-06-15): GetCallerIdentity answers with the account and
 * caller the request's access key maps to; AssumeRole ({@link StsAssumeRoleActions}) issues
 * session credentials that act as the role.
 */
public final class StsQueryService extends AwsQueryService {
  static final String XMLNS = "https://sts.amazonaws.com/doc/2011-06-15/";

  public StsQueryService() {
    super("sts", XMLNS);
    StsAssumeRoleActions.register(this);
    action(
        "GetCallerIdentity",
        (p, c, x) -> {
          CallerIdentity identity = new SimulatedAccount(c).identity();
          x.element("UserId", identity.userId())
              .element("Account", identity.account())
              .element("Arn", identity.arn());
        });
  }
}
