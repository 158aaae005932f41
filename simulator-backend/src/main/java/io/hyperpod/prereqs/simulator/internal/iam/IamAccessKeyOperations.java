package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ValidationErrors;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.List;

/**
 * IAM users' access keys with AWS's semantics: at most two per user (LimitExceeded), Active or
 * Inactive, an {@code AKIA} id and a 40-character secret shown only when created. Requests signed
 * with an Active key act as its user. Use inside a call, like {@link IamOperations}.
 */
public final class IamAccessKeyOperations {
  static final int MAX_KEYS_PER_USER = 2;

  private final IamOperations iam;
  private final BackendContext context;

  public IamAccessKeyOperations(IamOperations iam) {
    this.iam = iam;
    this.context = iam.context();
  }

  public AccessKeyRecord create(String userName) {
    UserRecord user = iam.getUser(userName);
    if (user.accessKeys.size() >= MAX_KEYS_PER_USER) {
      throw AwsError.IAM_LIMIT_EXCEEDED.exception(
          "Cannot exceed quota for AccessKeysPerUser: " + MAX_KEYS_PER_USER);
    }
    AccessKeyRecord key = new AccessKeyRecord();
    key.accessKeyId = "AKIA" + context.ids().alphanumeric(16);
    key.secretAccessKey = context.ids().secret(40);
    key.status = "Active";
    key.createDate = context.now();
    user.accessKeys.add(key);
    return key;
  }

  public List<AccessKeyRecord> list(String userName) {
    return List.copyOf(iam.getUser(userName).accessKeys);
  }

  public void update(String userName, String accessKeyId, String status) {
    ValidationErrors errors = new ValidationErrors();
    errors.required("accessKeyId", accessKeyId).required("status", status);
    if (status != null && !status.equals("Active") && !status.equals("Inactive")) {
      errors.add("status", status, "Member must satisfy enum value set: [Active, Inactive]");
    }
    errors.throwIfAny(AwsError.IAM_VALIDATION_ERROR);
    key(iam.getUser(userName), accessKeyId).status = status;
  }

  public void delete(String userName, String accessKeyId) {
    IamInputs.required("accessKeyId", accessKeyId);
    UserRecord user = iam.getUser(userName);
    user.accessKeys.remove(key(user, accessKeyId));
  }

  private static AccessKeyRecord key(UserRecord user, String accessKeyId) {
    return user.accessKeys.stream()
        .filter(k -> k.accessKeyId.equals(accessKeyId))
        .findFirst()
        .orElseThrow(() -> noSuchKey(accessKeyId));
  }

  private static CloudException noSuchKey(String accessKeyId) {
    return AwsError.IAM_NO_SUCH_ENTITY.exception(
        "The Access Key with id " + accessKeyId + " cannot be found.");
  }
}
