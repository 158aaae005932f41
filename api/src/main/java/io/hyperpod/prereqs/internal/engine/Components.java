package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.internal.fsx.FsxComponent;
import io.hyperpod.prereqs.internal.iam.IamComponent;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleComponent;
import io.hyperpod.prereqs.internal.network.NetworkComponent;
import java.util.List;

/** Every section of the prerequisites the engine plans, in a fixed order. */
final class Components {
  private Components() {}

  static List<StackComponent> all() {
    return List.of(
        new IamComponent(), new LifecycleComponent(), new NetworkComponent(), new FsxComponent());
  }
}
