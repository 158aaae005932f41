package io.hyperpod.prereqs.simulator.internal.iam;

import java.util.ArrayList;
import java.util.List;

/**
 * An IAM group in the store: like a user or role it has a name, id, path and managed and inline
 * policies (groups have no tags); its members are users, by name. Mutable state.
 */
public final class GroupRecord extends PrincipalRecord {
  List<String> memberNames = new ArrayList<>();

  /** The names of its users, in the order they were added. */
  public List<String> memberNames() {
    return memberNames;
  }
}
