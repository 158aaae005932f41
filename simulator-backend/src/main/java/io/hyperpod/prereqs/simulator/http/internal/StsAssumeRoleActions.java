package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.sts.AssumeRoleInput;
import io.hyperpod.prereqs.simulator.internal.sts.SessionRecord;
import io.hyperpod.prereqs.simulator.internal.sts.StsOperations;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * STS AssumeRole on the wire: the query parameters in, {@code AssumedRoleUser}, {@code
 * Credentials} (expiring on the simulated clock), {@code PackedPolicySize} when session policies
 * or tags were passed, and {@code SourceIdentity} out.
 */
final class StsAssumeRoleActions {
  private StsAssumeRoleActions() {}

  static void register(StsQueryService sts) {
    sts.action("AssumeRole", StsAssumeRoleActions::assumeRole);
  }

  private static void assumeRole(QueryParams p, BackendContext c, Xml x) {
    List<Map.Entry<String, String>> tags =
        p.members("Tags").stream()
            .map(t -> Map.entry(t.get("Key", ""), t.get("Value", "")))
            .collect(Collectors.toList());
    AssumeRoleInput in =
        new AssumeRoleInput(
            p.get("RoleArn"),
            p.get("RoleSessionName"),
            p.integer("DurationSeconds"),
            p.get("Policy"),
            p.members("PolicyArns").stream().map(a -> a.get("arn", "")).collect(Collectors.toList()),
            tags,
            p.memberList("TransitiveTagKeys"),
            p.get("ExternalId"),
            p.get("SerialNumber"),
            p.get("TokenCode"),
            p.get("SourceIdentity"));
    SessionRecord session = new StsOperations(c).assumeRole(in);
    credentials(
        x.start("AssumedRoleUser")
            .element("AssumedRoleId", session.assumedRoleId())
            .element("Arn", session.assumedRoleArn())
            .end(),
        session);
    if (StsOperations.reportsPackedSize(in)) {
      x.element("PackedPolicySize", session.packedPolicySize());
    }
    if (in.sourceIdentity() != null) {
      x.element("SourceIdentity", session.sourceIdentity());
    }
  }

  static void credentials(Xml x, SessionRecord session) {
    x.start("Credentials")
        .element("AccessKeyId", session.accessKeyId())
        .element("SecretAccessKey", session.secretAccessKey())
        .element("SessionToken", session.sessionToken())
        .element("Expiration", session.expiration())
        .end();
  }
}
