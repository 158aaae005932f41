package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * IAM instance profiles with AWS's semantics: create/get/delete (DeleteConflict while it holds a
 * role), one role per profile (LimitExceeded), tags. Use inside a call, like {@link
 * IamOperations}.
 */
public final class IamInstanceProfileOperations {
  static final int MAX_ROLES = 1;

  private final IamOperations iam;
  private final IamStore store;

  public IamInstanceProfileOperations(IamOperations iam) {
    this.iam = iam;
    this.store = iam.store();
  }

  public InstanceProfileRecord create(String name, String path, Map<String, String> tags) {
    profileName(name);
    IamInputs.path(path);
    IamInputs.tags(tags);
    if (store.instanceProfile(name).isPresent()) {
      throw AwsError.IAM_ENTITY_ALREADY_EXISTS.exception(
          "Instance Profile " + name + " already exists.");
    }
    InstanceProfileRecord profile = new InstanceProfileRecord();
    iam.fill(profile, name, path, "AIPA", tags);
    store.put(profile);
    return profile;
  }

  public InstanceProfileRecord get(String name) {
    profileName(name);
    return store.instanceProfile(name).orElseThrow(() -> noSuchProfile(name));
  }

  public void delete(String name) {
    InstanceProfileRecord profile = get(name);
    if (!profile.roleNames.isEmpty()) {
      throw AwsError.IAM_DELETE_CONFLICT.exception(
          "Cannot delete entity, must remove roles from instance profile first.");
    }
    store.removeInstanceProfile(profile.name);
  }

  public void addRole(String profileName, String roleName) {
    InstanceProfileRecord profile = get(profileName);
    RoleRecord role = iam.getRole(roleName);
    if (profile.roleNames.size() >= MAX_ROLES) {
      throw AwsError.IAM_LIMIT_EXCEEDED.exception(
          "Cannot exceed quota for InstanceSessionsPerInstanceProfile: " + MAX_ROLES);
    }
    profile.roleNames.add(role.name);
  }

  public void removeRole(String profileName, String roleName) {
    InstanceProfileRecord profile = get(profileName);
    RoleRecord role = iam.getRole(roleName);
    if (!profile.roleNames.remove(role.name)) {
      throw AwsError.IAM_NO_SUCH_ENTITY.exception(
          "The role with name " + roleName + " cannot be found.");
    }
  }

  /** The profile's roles (those that still exist). */
  public List<RoleRecord> roles(InstanceProfileRecord profile) {
    return profile.roleNames.stream()
        .map(store::role)
        .flatMap(java.util.Optional::stream)
        .collect(java.util.stream.Collectors.toList());
  }

  public List<InstanceProfileRecord> forRole(String roleName) {
    return store.instanceProfilesOf(iam.getRole(roleName).name);
  }

  public void tag(String name, Map<String, String> tags) {
    InstanceProfileRecord profile = get(name);
    IamInputs.tags(tags);
    IamOperations.putTags(profile.tags, tags, "TagsPerInstanceProfile");
  }

  public void untag(String name, Collection<String> keys) {
    InstanceProfileRecord profile = get(name);
    IamInputs.tagKeys(keys);
    IamOperations.removeTags(profile.tags, keys);
  }

  private static void profileName(String name) {
    IamInputs.required("instanceProfileName", name);
    IamInputs.length("instanceProfileName", name, 1, 128);
    IamInputs.pattern("instanceProfileName", name, IamInputs.NAME_PATTERN);
  }

  private static CloudException noSuchProfile(String name) {
    return AwsError.IAM_NO_SUCH_ENTITY.exception("Instance Profile " + name + " cannot be found.");
  }
}
