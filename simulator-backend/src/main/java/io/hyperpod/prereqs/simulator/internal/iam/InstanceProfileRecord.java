package io.hyperpod.prereqs.simulator.internal.iam;

import java.util.ArrayList;
import java.util.List;

/** An IAM instance profile in the store: an entity with its role (at most one), by name. */
public final class InstanceProfileRecord extends IamEntityRecord {
  List<String> roleNames = new ArrayList<>();

  public List<String> roleNames() {
    return roleNames;
  }
}
