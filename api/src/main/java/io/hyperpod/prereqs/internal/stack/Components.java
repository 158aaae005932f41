package io.hyperpod.prereqs.internal.stack;

import io.hyperpod.prereqs.internal.engine.StackComponent;
import io.hyperpod.prereqs.internal.fsx.FsxComponent;
import io.hyperpod.prereqs.internal.iam.IamComponent;
import io.hyperpod.prereqs.internal.kms.KmsComponent;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleComponent;
import io.hyperpod.prereqs.internal.network.NetworkComponent;
import io.hyperpod.prereqs.internal.quotas.QuotasComponent;
import io.hyperpod.prereqs.internal.runas.RunAsComponent;
import java.util.List;

/** Every section of the prerequisites the engine plans, in a fixed order. */
final class Components {
  private Components() {}

  static List<StackComponent> all() {
    return List.of(new IamComponent(), new LifecycleComponent(), new QuotasComponent(),
        new RunAsComponent(), new NetworkComponent(), new FsxComponent(), new KmsComponent());
  }
}
