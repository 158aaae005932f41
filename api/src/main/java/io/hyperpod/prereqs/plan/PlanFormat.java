package io.hyperpod.prereqs.plan;

import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.internal.render.PlanJson;
import io.hyperpod.prereqs.internal.render.PlanText;

/** How plans and apply results are shown: terraform-like text, and the plan JSON document. */
public final class PlanFormat {
  private PlanFormat() {}

  /** Human text; ANSI colours only when {@code color} (a terminal). */
  public static String text(PlanContent plan, boolean color) {
    return PlanText.render(plan, color);
  }

  /** The {@code plan --json} document. */
  public static String json(PlanContent plan) {
    return Json.pretty(PlanJson.plan(plan));
  }

  /** The {@code apply --json} document. */
  public static String json(ApplyResult result) {
    return Json.pretty(PlanJson.apply(result));
  }

  /** The saved plan file ({@code plan --out}): the JSON document plus what apply needs. */
  public static String planFile(PlanContent plan) {
    return Json.pretty(plan);
  }

  /** Reads a saved plan file. */
  public static PlanContent readPlanFile(String json) {
    try {
      return Json.mapper().readValue(json, PlanContent.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a plan file: " + e.getOriginalMessage(), e);
    }
  }
}
