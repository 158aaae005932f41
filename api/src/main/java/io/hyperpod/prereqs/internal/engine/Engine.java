package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.spi.CloudBackend;

/** The entry points of the engine: plan, plan a destroy, apply. */
public final class Engine {
  private Engine() {}

  public static Plan plan(HyperPodPrerequisites spec, CloudBackend backend) {
    throw new UnsupportedOperationException("not built yet");
  }

  public static Plan planDestroy(
      HyperPodPrerequisites spec, CloudBackend backend, boolean deleteData) {
    throw new UnsupportedOperationException("not built yet");
  }

  public static ApplyResult apply(Plan plan, ApplyOptions options) {
    throw new UnsupportedOperationException("not built yet");
  }
}
