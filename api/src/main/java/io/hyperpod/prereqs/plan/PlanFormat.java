package io.hyperpod.prereqs.plan;

import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.internal.render.PlanJson;
import io.hyperpod.prereqs.internal.render.PlanText;
import io.hyperpod.prereqs.readiness.ReadinessReport;
import java.util.List;

/** How plans and apply results are shown: terraform-like text, and the plan JSON document. */
public final class PlanFormat {
  private PlanFormat() {}

  /**
   * Human text; ANSI colours only when {@code color} (a terminal).
   *
   * @param plan the plan's content
   * @param color {@code true} for ANSI colours
   * @return the plan as text, one line per change and finding, a summary last
   */
  public static String text(PlanContent plan, boolean color) {
    return PlanText.render(plan, color);
  }

  /**
   * The {@code plan --json} document.
   *
   * @param plan the plan's content
   * @return the JSON document, pretty-printed
   */
  public static String json(PlanContent plan) {
    return Json.pretty(PlanJson.plan(plan));
  }

  /**
   * The {@code apply --json} document.
   *
   * @param result what an apply did
   * @return the JSON document, pretty-printed
   */
  public static String json(ApplyResult result) {
    return Json.pretty(PlanJson.apply(result));
  }

  /**
   * The {@code verify --json} document: {@code {stack, region, ready, requirements: [...]}}.
   *
   * @param report a readiness report of {@code spec.verify(backend)}
   * @return indented JSON
   */
  public static String json(ReadinessReport report) {
    return Json.pretty(report);
  }

  /**
   * Findings as the plan and apply documents show them: {@code [{id, severity, address, message,
   * fix}]} (e.g. the errors of a {@link io.hyperpod.prereqs.apply.PlanRefusedException}).
   *
   * @param findings the findings, in order
   * @return indented JSON, an array
   */
  public static String json(List<Finding> findings) {
    return Json.pretty(PlanJson.findings(findings));
  }

  /**
   * The saved plan file ({@code plan --out}): the JSON document plus what apply needs.
   *
   * @param plan the plan's content
   * @return the file's JSON text, which {@link #readPlanFile(String)} reads back
   */
  public static String planFile(PlanContent plan) {
    return Json.pretty(plan);
  }

  /**
   * Reads a saved plan file.
   *
   * @param json the text of a file {@link #planFile(PlanContent)} wrote
   * @return the plan's content; bind it with {@link Plan#of(PlanContent, CloudBackend)} to apply it
   * @throws IllegalArgumentException when the text is not a plan file
   */
  public static PlanContent readPlanFile(String json) {
    try {
      return Json.mapper().readValue(json, PlanContent.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a plan file: " + e.getOriginalMessage(), e);
    }
  }
}
