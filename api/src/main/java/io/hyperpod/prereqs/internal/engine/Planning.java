package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.plan.PlanContent;
import io.hyperpod.prereqs.plan.ResourceAddress;
import java.util.Map;
import java.util.Optional;

/** A computed plan together with what applying it needs: resources, observations, diffs. */
public record Planning(
    PlanContent content,
    StackModel model,
    Map<ResourceAddress, Resource<?>> resources,
    Map<ResourceAddress, Optional<?>> observed,
    Map<ResourceAddress, Diff> diffs,
    Outputs outputs,
    ObserveContext context) {}
