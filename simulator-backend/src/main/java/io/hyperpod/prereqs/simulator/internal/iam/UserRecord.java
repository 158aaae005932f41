package io.hyperpod.prereqs.simulator.internal.iam;

import java.util.ArrayList;
import java.util.List;

/** An IAM user in the store, with its access keys. */
public final class UserRecord extends PrincipalRecord {
  List<AccessKeyRecord> accessKeys = new ArrayList<>();

  public List<AccessKeyRecord> accessKeys() {
    return accessKeys;
  }
}
