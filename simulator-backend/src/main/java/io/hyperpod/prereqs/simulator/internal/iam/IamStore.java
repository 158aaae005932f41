package io.hyperpod.prereqs.simulator.internal.iam;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The IAM state of one account: users, roles and customer managed policies, each keyed by its name
 * in lower case (IAM names are unique regardless of case).
 */
public final class IamStore {
  private TreeMap<String, UserRecord> users = new TreeMap<>();
  private TreeMap<String, RoleRecord> roles = new TreeMap<>();
  private TreeMap<String, PolicyRecord> policies = new TreeMap<>();

  public Optional<UserRecord> user(String name) {
    return Optional.ofNullable(users.get(key(name)));
  }

  public Optional<RoleRecord> role(String name) {
    return Optional.ofNullable(roles.get(key(name)));
  }

  public Optional<PolicyRecord> policy(String name) {
    return Optional.ofNullable(policies.get(key(name)));
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

  /** How many users and roles of the account have this managed policy attached. */
  public int attachmentCount(String policyArn) {
    return (int)
        Stream.concat(users.values().stream(), roles.values().stream())
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
