package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.iam.AccessKeyRecord;
import io.hyperpod.prereqs.simulator.internal.iam.IamAccessKeyOperations;
import io.hyperpod.prereqs.simulator.internal.iam.IamOperations;
import java.util.List;

/**
 * IAM access keys on the wire: Create/List/Update/DeleteAccessKey(s). Without {@code UserName}
 * they act on the calling user; the simulator keeps no root access keys (the root lists none).
 */
final class IamAccessKeyActions {
  private IamAccessKeyActions() {}

  static void register(IamQueryService iam) {
    iam.action(
        "CreateAccessKey",
        (p, c, x) -> {
          String user = userName(p, c);
          AccessKeyRecord key = keys(c).create(user);
          x.start("AccessKey")
              .element("UserName", new IamOperations(c).getUser(user).name())
              .element("AccessKeyId", key.accessKeyId())
              .element("Status", key.status())
              .element("SecretAccessKey", key.secretAccessKey())
              .element("CreateDate", key.createDate())
              .end();
        });
    iam.action(
        "ListAccessKeys",
        (p, c, x) -> {
          if (p.get("UserName") == null && c.caller().kind() == SimulatedCaller.Kind.ROOT) {
            x.start("AccessKeyMetadata").end().element("IsTruncated", false);
            return;
          }
          String user = userName(p, c);
          String name = new IamOperations(c).getUser(user).name();
          List<AccessKeyRecord> all = keys(c).list(user);
          MarkerPage<AccessKeyRecord> page = IamQueryService.page(all, AccessKeyRecord::accessKeyId, p);
          x.start("AccessKeyMetadata");
          page.items()
              .forEach(
                  k ->
                      x.start("member")
                          .element("UserName", name)
                          .element("AccessKeyId", k.accessKeyId())
                          .element("Status", k.status())
                          .element("CreateDate", k.createDate())
                          .end());
          x.end();
          page.writeIamMarker(x);
        });
    iam.action(
        "UpdateAccessKey",
        (p, c, x) -> keys(c).update(userName(p, c), p.get("AccessKeyId"), p.get("Status")));
    iam.action(
        "DeleteAccessKey",
        (p, c, x) -> keys(c).delete(userName(p, c), p.get("AccessKeyId")));
  }

  /** The named user, or the calling user when none is named. */
  private static String userName(QueryParams p, BackendContext c) {
    String name = p.get("UserName");
    if (name != null) {
      return name;
    }
    SimulatedCaller caller = c.caller();
    if (caller.kind() == SimulatedCaller.Kind.USER) {
      return caller.name().orElseThrow();
    }
    throw AwsError.IAM_VALIDATION_ERROR.exception(
        "Must specify userName when calling with non-User credentials");
  }

  private static IamAccessKeyOperations keys(BackendContext context) {
    return new IamAccessKeyOperations(new IamOperations(context));
  }
}
