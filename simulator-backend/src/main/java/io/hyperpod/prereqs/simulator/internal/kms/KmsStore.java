package io.hyperpod.prereqs.simulator.internal.kms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The KMS state of one account in one region (serialised with the simulator's state): keys by key
 * id, pending deletion ones included until their deletion date passes, and aliases by name.
 */
public final class KmsStore {
  private TreeMap<String, KeyRecord> keys = new TreeMap<>();
  /** Alias name ({@code alias/...}) to the key id it names. */
  private TreeMap<String, String> aliases = new TreeMap<>();

  Optional<KeyRecord> key(String keyId) {
    return Optional.ofNullable(keys.get(keyId));
  }

  List<KeyRecord> keys() {
    return new ArrayList<>(keys.values());
  }

  void put(KeyRecord key) {
    keys.put(key.keyId, key);
  }

  Optional<String> alias(String aliasName) {
    return Optional.ofNullable(aliases.get(aliasName));
  }

  TreeMap<String, String> aliases() {
    return aliases;
  }

  /**
   * Deletes the keys whose deletion date is not after {@code now}, with the aliases that name
   * them, as KMS does when a key's waiting period ends.
   */
  void purge(Instant now) {
    List<String> gone = new ArrayList<>();
    keys.values().stream()
        .filter(k -> k.deletionDate != null && !k.deletionDate.isAfter(now))
        .forEach(k -> gone.add(k.keyId));
    gone.forEach(keys::remove);
    aliases.values().removeIf(gone::contains);
  }

  /** Whether a key of this store has this id (for other services' checks). */
  public boolean hasKey(String keyId) {
    return keys.containsKey(keyId);
  }
}
