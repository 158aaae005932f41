package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.internal.iam.AccessKeyRecord;
import java.time.Instant;
import java.util.Optional;

/**
 * Credentials the simulator itself handed out, found by access key id: STS session credentials
 * (AssumeRole) and IAM users' access keys (CreateAccessKey). The HTTP front resolves a request's
 * key with it, so requests signed with them act as the role session or the user.
 */
public final class IssuedCredentials {
  /** Why issued credentials cannot be used now. */
  public enum Refusal {
    /** The session token is missing or is not the session's, or the IAM key is inactive. */
    INVALID,
    /** The session expired on the simulated clock. */
    EXPIRED
  }

  /** One issued key: where and as whom it acts, its secret, and a session's token and end. */
  public record Key(
      String accountId,
      SimulatedCaller caller,
      String secretAccessKey,
      Optional<String> sessionToken,
      Optional<Instant> expiration,
      boolean active) {

    /** Whether a request with this session token (null: none) at this time may use the key. */
    public Optional<Refusal> refusal(String requestToken, Instant now) {
      if (!active || sessionToken.isPresent() && !sessionToken.get().equals(requestToken)) {
        return Optional.of(Refusal.INVALID);
      }
      if (expiration.isPresent() && !now.isBefore(expiration.get())) {
        return Optional.of(Refusal.EXPIRED);
      }
      return Optional.empty();
    }
  }

  private IssuedCredentials() {}

  /** The key of this id, if the simulator issued it; read under the lock of {@code context}. */
  public static Optional<Key> find(BackendContext context, String accessKeyId) {
    if (accessKeyId == null) {
      return Optional.empty();
    }
    return context.locked(() -> find(context.state(), accessKeyId));
  }

  private static Optional<Key> find(SimulatorState state, String accessKeyId) {
    Optional<Key> session =
        state.sts().session(accessKeyId)
            .map(
                s ->
                    new Key(
                        s.accountId(),
                        s.caller(),
                        s.secretAccessKey(),
                        Optional.of(s.sessionToken()),
                        Optional.of(s.expiration()),
                        true));
    if (session.isPresent()) {
      return session;
    }
    for (AccountState account : state.accounts()) {
      Optional<Key> key =
          account.iam().accessKeyOwner(accessKeyId)
              .map(
                  user -> {
                    AccessKeyRecord record =
                        user.accessKeys().stream()
                            .filter(k -> k.accessKeyId().equals(accessKeyId))
                            .findFirst()
                            .orElseThrow();
                    return new Key(
                        account.accountId(),
                        SimulatedCaller.user(user.name()),
                        record.secretAccessKey(),
                        Optional.empty(),
                        Optional.empty(),
                        record.status().equals("Active"));
                  });
      if (key.isPresent()) {
        return key;
      }
    }
    return Optional.empty();
  }
}
