package io.hyperpod.prereqs.simulator.internal.iam;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The IAM state of one account: users, roles, groups, instance profiles and customer managed
 * policies, each keyed by its name in lower case (IAM names are unique regardless of case).
 */
public final class IamStore {
  private TreeMap<String, UserRecord> users = new TreeMap<>();
  private TreeMap<String, RoleRecord> roles = new TreeMap<>();
  private TreeMap<String, PolicyRecord> policies = new TreeMap<>();
  private TreeMap<String, GroupRecord> groups = new TreeMap<>();
  private TreeMap<String, InstanceProfileRecord> instanceProfiles = new TreeMap<>();

  public Optional<UserRecord> user(String name) {
    return Optional.ofNullable(users.get(key(name)));
  }

  public Optional<RoleRecord> role(String name) {
    return Optional.ofNullable(roles.get(key(name)));
  }

  public Optional<PolicyRecord> policy(String name) {
    return Optional.ofNullable(policies.get(key(name)));
  }

  public Optional<GroupRecord> group(String name) {
    return Optional.ofNullable(groups.get(key(name)));
  }

  public Optional<InstanceProfileRecord> instanceProfile(String name) {
    return Optional.ofNullable(instanceProfiles.get(key(name)));
  }

  public Collection<GroupRecord> groups() {
    return Collections.unmodifiableCollection(groups.values());
  }

  public Collection<InstanceProfileRecord> instanceProfiles() {
    return Collections.unmodifiableCollection(instanceProfiles.values());
  }

  /** The groups the user (by name, any case) is in, by group name. */
  public List<GroupRecord> groupsOf(String userName) {
    return groups.values().stream()
        .filter(g -> g.memberNames.stream().anyMatch(m -> m.equalsIgnoreCase(userName)))
        .collect(Collectors.toList());
  }

  /** The instance profiles the role (by name, any case) is in, by profile name. */
  public List<InstanceProfileRecord> instanceProfilesOf(String roleName) {
    return instanceProfiles.values().stream()
        .filter(p -> p.roleNames.stream().anyMatch(r -> r.equalsIgnoreCase(roleName)))
        .collect(Collectors.toList());
  }

  /** The user owning the access key, if any user of the account has it. */
  public Optional<UserRecord> accessKeyOwner(String accessKeyId) {
    return users.values().stream()
        .filter(u -> u.accessKeys.stream().anyMatch(k -> k.accessKeyId.equals(accessKeyId)))
        .findFirst();
  }

  public Collection<UserRecord> users() {
    return Collections.unmodifiableCollection(users.values());
  }

  public Collection<RoleRecord> roles() {
    return Collections.unmodifiableCollection(roles.values());
  }

  public Collection<PolicyRecord> policies() {
    return Collections.unmodifiableCollection(policies.values());
  }

  /** How many users, groups and roles of the account have this managed policy attached. */
  public int attachmentCount(String policyArn) {
    return (int)
        Stream.of(users.values(), roles.values(), groups.values())
            .flatMap(Collection::stream)
            .filter(p -> p.attachedPolicyArns.contains(policyArn))
            .count();
  }

  void put(UserRecord user) {
    users.put(key(user.name), user);
  }

  void put(RoleRecord role) {
    roles.put(key(role.name), role);
  }

  void put(PolicyRecord policy) {
    policies.put(key(policy.name), policy);
  }

  void put(GroupRecord group) {
    groups.put(key(group.name), group);
  }

  void put(InstanceProfileRecord profile) {
    instanceProfiles.put(key(profile.name), profile);
  }

  void removeGroup(String name) {
    groups.remove(key(name));
  }

  void removeInstanceProfile(String name) {
    instanceProfiles.remove(key(name));
  }

  void removeUser(String name) {
    users.remove(key(name));
  }

  void removeRole(String name) {
    roles.remove(key(name));
  }

  void removePolicy(String name) {
    policies.remove(key(name));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
