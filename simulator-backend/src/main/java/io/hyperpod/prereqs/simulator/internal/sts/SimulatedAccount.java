package io.hyperpod.prereqs.simulator.internal.sts;

import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.iam.IamArns;
import io.hyperpod.prereqs.simulator.internal.iam.IamStore;
import io.hyperpod.prereqs.simulator.internal.iam.RoleRecord;
import io.hyperpod.prereqs.simulator.internal.iam.UserRecord;
import io.hyperpod.prereqs.spi.account.AccountPort;
import io.hyperpod.prereqs.spi.account.CallerIdentity;

/**
 * STS for the simulator: GetCallerIdentity answers with the backend's caller. The root is always
 * there; a user or role caller must exist in the account's IAM, otherwise the call fails as AWS
 * fails unknown credentials (InvalidClientTokenId).
 */
public final class SimulatedAccount implements AccountPort {
  private final BackendContext context;

  public SimulatedAccount(BackendContext context) {
    this.context = context;
  }

  @Override
  public CallerIdentity callerIdentity() {
    return context.call("sts", "GetCallerIdentity", this::identity);
  }

  @Override
  public String region() {
    return context.region();
  }

  /** The caller's identity; only inside a call (the HTTP front runs it in its own). */
  public CallerIdentity identity() {
    String account = context.accountId();
    SimulatedCaller caller = context.caller();
    IamStore iam = context.account().iam();
    switch (caller.kind()) {
      case USER:
        UserRecord user =
            iam.user(caller.name().orElseThrow())
                .orElseThrow(() -> unknownPrincipal("user", caller.name().orElseThrow()));
        return CallerIdentity.of(
            account, IamArns.user(account, user.path(), user.name()), user.id());
      case ROLE:
        RoleRecord role =
            iam.role(caller.name().orElseThrow())
                .orElseThrow(() -> unknownPrincipal("role", caller.name().orElseThrow()));
        String session = caller.sessionName().orElseThrow();
        return CallerIdentity.of(
            account,
            "arn:aws:sts::" + account + ":assumed-role/" + role.name() + "/" + session,
            role.id() + ":" + session);
      default:
        return CallerIdentity.of(account, "arn:aws:iam::" + account + ":root", account);
    }
  }

  private RuntimeException unknownPrincipal(String kind, String name) {
    return AwsError.STS_INVALID_CLIENT_TOKEN_ID.exception(
        "The security token included in the request is invalid.",
        "The security token included in the request is invalid. (the simulated caller is IAM "
            + kind
            + " '"
            + name
            + "', which does not exist in account "
            + context.accountId()
            + "; create it first or call as the root)");
  }
}
