package io.hyperpod.prereqs.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.apply.PlanRefusedException;
import io.hyperpod.prereqs.plan.PlanFormat;
import io.hyperpod.prereqs.spec.InvalidSpecException;
import io.hyperpod.prereqs.spec.SpecProblem;
import io.hyperpod.prereqs.spi.CloudException;

/**
 * The body of the one JSON document a {@code --json} command prints when it fails:
 * {@code {"error": {"type", "message", ...}}}, with the spec's problems or the plan's errors
 * ({@link JsonDocument} puts the envelope around it).
 */
final class ErrorJson {
  private ErrorJson() {}

  /** A usage error of the command line (exit 64). */
  static ObjectNode usage(String message) {
    ObjectNode error = JsonDocument.object().put("type", "usage").put("message", message);
    return JsonDocument.object().set("error", error);
  }

  static ObjectNode of(Exception ex) {
    ObjectNode error = JsonDocument.object();
    error.put("message", ex instanceof UserError || ex instanceof CloudException
        || ex instanceof io.hyperpod.prereqs.PrerequisitesException
        || ex instanceof InvalidSpecException ? ex.getMessage() : "internal error: " + ex);
    if (ex instanceof InvalidSpecException) {
      error.put("type", "invalid-spec");
      ArrayNode problems = error.putArray("problems");
      for (SpecProblem p : ((InvalidSpecException) ex).problems()) {
        ObjectNode n = problems.addObject().put("path", p.path());
        p.value().ifPresentOrElse(v -> n.put("value", v), () -> n.putNull("value"));
        n.put("message", p.message()).put("fix", p.fix());
        p.line().ifPresentOrElse(l -> n.put("line", l), () -> n.putNull("line"));
      }
    } else if (ex instanceof PlanRefusedException) {
      error.put("type", "plan-refused");
      error.set("findings",
          JsonDocument.parse(PlanFormat.json(((PlanRefusedException) ex).errors())));
    } else if (ex instanceof CloudException) {
      CloudException c = (CloudException) ex;
      error.put("type", "aws").put("service", c.service()).put("code", c.errorCode());
      c.requestId().ifPresent(id -> error.put("requestId", id));
    } else {
      error.put("type", ex instanceof UserError ? ((UserError) ex).type() : "internal");
    }
    return JsonDocument.object().set("error", error);
  }
}
