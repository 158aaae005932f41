package io.hyperpod.prereqs.internal.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.PlanContent;
import io.hyperpod.prereqs.plan.ResourceChange;
import java.util.List;

/** The JSON documents for {@code plan --json} and {@code apply --json}. */
public final class PlanJson {
  private PlanJson() {}

  /** {@code {stack, region, account, changes, findings, summary}}. */
  public static ObjectNode plan(PlanContent plan) {
    ObjectNode root = Json.object()
        .put("stack", plan.stack())
        .put("region", plan.region())
        .put("account", plan.account());
    ArrayNode changes = root.putArray("changes");
    for (ResourceChange c : plan.changes()) {
      ObjectNode n = changes.addObject();
      n.put("address", c.address().toString());
      n.put("action", c.action().jsonName());
      n.set("before", Json.mapper().valueToTree(c.before()));
      n.set("after", Json.mapper().valueToTree(c.after()));
      n.set("after_unknown", Json.mapper().valueToTree(c.afterUnknown()));
      n.put("reason", c.reason());
    }
    root.set("findings", findings(plan.findings()));
    root.set("summary", Json.mapper().valueToTree(plan.summary()));
    return root;
  }

  /** {@code {changes: [{address, action, outcome}], findings, createClusterRequest}}. */
  public static ObjectNode apply(ApplyResult result) {
    ObjectNode root = Json.object();
    ArrayNode changes = root.putArray("changes");
    for (ChangeResult c : result.changes()) {
      ObjectNode n = changes.addObject()
          .put("address", c.address().toString())
          .put("action", c.action().jsonName())
          .put("outcome", c.outcome().jsonName());
      c.error().ifPresent(e -> n.put("error", e));
      c.rootCause().ifPresent(r -> n.put("rootCause", r.toString()));
    }
    root.set("findings", findings(result.findings()));
    result.createClusterRequest().ifPresent(r ->
        root.set("createClusterRequest", Json.mapper().valueToTree(r)));
    return root;
  }

  /** {@code [{id, severity, address, message, fix}]}, as in the plan and apply documents. */
  public static ArrayNode findings(List<Finding> findings) {
    ArrayNode out = Json.array();
    for (Finding f : findings) {
      ObjectNode n = out.addObject()
          .put("id", f.id())
          .put("severity", f.severity().jsonName());
      if (f.address().isPresent()) {
        n.put("address", f.address().get().toString());
      } else {
        n.putNull("address");
      }
      n.put("message", f.message()).put("fix", f.fix());
    }
    return out;
  }
}
