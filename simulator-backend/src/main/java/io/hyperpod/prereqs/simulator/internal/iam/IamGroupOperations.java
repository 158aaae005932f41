package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * IAM groups with AWS's semantics: create/get/delete (DeleteConflict while it has members or
 * policies), membership (at most 10 groups per user), managed and inline policies (5,120
 * characters of inline policy per group). Use inside a call, like {@link IamOperations}.
 */
public final class IamGroupOperations {
  static final int MAX_GROUPS_PER_USER = 10;
  static final int GROUP_INLINE_MAX = 5120;

  private final IamOperations iam;
  private final IamStore store;

  public IamGroupOperations(IamOperations iam) {
    this.iam = iam;
    this.store = iam.store();
  }

  public GroupRecord createGroup(String name, String path) {
    groupName(name);
    IamInputs.path(path);
    if (store.group(name).isPresent()) {
      throw AwsError.IAM_ENTITY_ALREADY_EXISTS.exception(
          "Group with name " + name + " already exists.");
    }
    GroupRecord group = new GroupRecord();
    iam.fill(group, name, path, "AGPA", java.util.Map.of());
    store.put(group);
    return group;
  }

  public java.util.Collection<GroupRecord> all() {
    return store.groups();
  }

  public GroupRecord getGroup(String name) {
    groupName(name);
    return store.group(name).orElseThrow(() -> noSuchGroup(name));
  }

  /** The group's users, in the order they joined. */
  public List<UserRecord> members(GroupRecord group) {
    return group.memberNames.stream()
        .map(store::user)
        .flatMap(java.util.Optional::stream)
        .collect(Collectors.toList());
  }

  public void deleteGroup(String name) {
    GroupRecord group = getGroup(name);
    if (!group.memberNames.isEmpty()) {
      throw AwsError.IAM_DELETE_CONFLICT.exception(
          "Cannot delete entity, must remove users from group first.");
    }
    IamOperations.checkDeletable(group);
    store.removeGroup(group.name);
  }

  public void addUser(String groupName, String userName) {
    GroupRecord group = getGroup(groupName);
    UserRecord user = iam.getUser(userName);
    if (group.memberNames.contains(user.name)) {
      return;
    }
    if (store.groupsOf(user.name).size() >= MAX_GROUPS_PER_USER) {
      throw AwsError.IAM_LIMIT_EXCEEDED.exception(
          "Cannot exceed quota for GroupsPerUser: " + MAX_GROUPS_PER_USER);
    }
    group.memberNames.add(user.name);
  }

  public void removeUser(String groupName, String userName) {
    GroupRecord group = getGroup(groupName);
    UserRecord user = iam.getUser(userName);
    if (!group.memberNames.remove(user.name)) {
      throw AwsError.IAM_NO_SUCH_ENTITY.exception(
          "The user with name " + userName + " cannot be found.");
    }
  }

  public List<GroupRecord> groupsForUser(String userName) {
    return store.groupsOf(iam.getUser(userName).name);
  }

  public void attachPolicy(String groupName, String policyArn) {
    iam.attach(getGroup(groupName), policyArn, "PoliciesPerGroup");
  }

  public void detachPolicy(String groupName, String policyArn) {
    GroupRecord group = getGroup(groupName);
    iam.detach(group, policyArn, "group " + group.name);
  }

  public void putPolicy(String groupName, String policyName, String document) {
    iam.putInline(getGroup(groupName), policyName, document, GROUP_INLINE_MAX, "group");
  }

  public String getPolicy(String groupName, String policyName) {
    return iam.getInline(getGroup(groupName), policyName, "group");
  }

  public void deletePolicy(String groupName, String policyName) {
    iam.deleteInline(getGroup(groupName), policyName, "group");
  }

  private static void groupName(String name) {
    IamInputs.required("groupName", name);
    IamInputs.length("groupName", name, 1, 128);
    IamInputs.pattern("groupName", name, IamInputs.NAME_PATTERN);
  }

  private static CloudException noSuchGroup(String name) {
    return AwsError.IAM_NO_SUCH_ENTITY.exception(
        "The group with name " + name + " cannot be found.");
  }
}
