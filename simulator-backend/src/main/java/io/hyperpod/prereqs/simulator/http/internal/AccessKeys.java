package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.http.SimulatedAccessKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Access key id to account and caller: a key given to the server maps to its account and caller; an
 * unknown key that is 12 digits acts as that account's root (a convention of local AWS emulators);
 * any other key acts as the default account's root.
 */
public final class AccessKeys {
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

  private final Map<String, SimulatedAccessKey> keys = new LinkedHashMap<>();
  private final String defaultAccount;

  /** How many unconfigured key ids are remembered (a client could send endless new ones). */
  private static final int MAX_REMEMBERED = 1024;

  /** What the unconfigured key ids seen so far act as: made once, not per request. */
  private final Map<String, SimulatedAccessKey> unknown = new ConcurrentHashMap<>();

  public AccessKeys(Collection<SimulatedAccessKey> known, String defaultAccount) {
    known.forEach(key -> keys.put(key.id(), key));
    this.defaultAccount = defaultAccount;
  }

  /** The key given to the server under this id, if any. */
  public Optional<SimulatedAccessKey> known(String accessKeyId) {
    return Optional.ofNullable(accessKeyId == null ? null : keys.get(accessKeyId));
  }

  /** What a request signed with this key id (null: unsigned) acts as. */
  public SimulatedAccessKey resolve(String accessKeyId) {
    Optional<SimulatedAccessKey> known = known(accessKeyId);
    if (known.isPresent()) {
      return known.get();
    }
    String id = accessKeyId == null || accessKeyId.isBlank() ? "anonymous" : accessKeyId;
    SimulatedAccessKey seen = unknown.get(id);
    if (seen != null) {
      return seen;
    }
    SimulatedAccessKey key = ACCOUNT_ID.matcher(id).matches()
        ? SimulatedAccessKey.of(id, id)
        : SimulatedAccessKey.of(id, defaultAccount);
    if (unknown.size() < MAX_REMEMBERED) {
      unknown.putIfAbsent(id, key);
    }
    return key;
  }
}
