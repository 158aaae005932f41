package io.hyperpod.prereqs.testing.tools;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** The JUnit condition behind {@link RequiresTools}: asks {@link RequiredTools#standard()}. */
public final class RequiredToolsCondition implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Set<Tool> needed = EnumSet.noneOf(Tool.class);
    context
        .getElement()
        .flatMap(element -> AnnotationSupport.findAnnotation(element, RequiresTools.class))
        .ifPresent(annotation -> needed.addAll(Set.of(annotation.value())));
    return RequiredTools.standard().evaluate(needed);
  }
}
