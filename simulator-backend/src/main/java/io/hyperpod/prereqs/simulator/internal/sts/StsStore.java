package io.hyperpod.prereqs.simulator.internal.sts;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The temporary credentials STS has issued in the partition, by access key id. Sessions that
 * expired more than a day ago are forgotten when a new one is issued, so the state stays small.
 */
public final class StsStore {
  private static final long FORGET_AFTER_SECONDS = 86_400;

  private TreeMap<String, SessionRecord> sessions = new TreeMap<>();

  public Optional<SessionRecord> session(String accessKeyId) {
    return Optional.ofNullable(accessKeyId == null ? null : sessions.get(accessKeyId));
  }

  /** The newest unexpired session of this role and session name in the account. */
  public Optional<SessionRecord> latest(
      String accountId, String roleName, String sessionName, Instant now) {
    return sessions.values().stream()
        .filter(s -> s.accountId.equals(accountId))
        .filter(s -> s.roleName.equalsIgnoreCase(roleName) && s.sessionName.equals(sessionName))
        .filter(s -> s.expiration.isAfter(now))
        .max(Comparator.comparing((SessionRecord s) -> s.expiration));
  }

  void put(SessionRecord session, Instant now) {
    Instant horizon = now.minusSeconds(FORGET_AFTER_SECONDS);
    sessions.values().removeIf(s -> s.expiration.isBefore(horizon));
    sessions.put(session.accessKeyId, session);
  }
}
