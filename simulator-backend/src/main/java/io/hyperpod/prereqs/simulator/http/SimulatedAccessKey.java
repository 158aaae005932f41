package io.hyperpod.prereqs.simulator.http;

import io.hyperpod.prereqs.internal.ValueStyle;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An access key the {@link SimulatorServer} knows: requests signed with its id act in its account
 * as its caller. With a secret, the server can check their signatures ({@link
 * SimulatorServer.Builder#verifySignatures}).
 *
 * <pre>{@code
 * SimulatedAccessKey.of("AKIAALICE", "111111111111").as(SimulatedCaller.user("alice"))
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public interface SimulatedAccessKey {
  /** {@return the access key id clients sign with} */
  String id();

  /** {@return the 12-digit account its requests act in} */
  String accountId();

  /** {@return who its requests call as; the account root unless set} */
  @Value.Default
  default SimulatedCaller caller() {
    return SimulatedCaller.root();
  }

  /** {@return the secret access key, needed only to verify signatures; never printed} */
  @Value.Redacted
  Optional<String> secretAccessKey();

  /**
   * Checks the key when it is built; Immutables calls it, callers need not.
   *
   * @throws IllegalArgumentException when the id is blank or the account id is not 12 digits
   */
  @Value.Check
  default void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("an access key id must not be blank");
    }
    if (!twelveDigits(accountId())) {
      throw new IllegalArgumentException(
          "account id '" + accountId() + "' of access key " + id() + " must be 12 digits");
    }
  }

  /** Whether the text is 12 ASCII digits (checked per request: no regular expression). */
  private static boolean twelveDigits(String text) {
    if (text.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A key of this account's root.
   *
   * @param id the access key id, e.g. {@code AKIAALICE}
   * @param accountId the 12-digit account its requests act in
   * @return a key calling as that account's root, without a secret
   */
  static SimulatedAccessKey of(String id, String accountId) {
    return ImmutableSimulatedAccessKey.builder().id(id).accountId(accountId).build();
  }

  /**
   * The same key, calling as someone else.
   *
   * @param caller the user or role session the key's requests act as
   * @return a copy of this key with that caller
   */
  default SimulatedAccessKey as(SimulatedCaller caller) {
    return ImmutableSimulatedAccessKey.copyOf(this).withCaller(caller);
  }

  /**
   * The same key with its secret.
   *
   * @param secretAccessKey the secret clients sign with
   * @return a copy of this key with that secret
   */
  default SimulatedAccessKey secret(String secretAccessKey) {
    return ImmutableSimulatedAccessKey.copyOf(this).withSecretAccessKey(secretAccessKey);
  }
}
