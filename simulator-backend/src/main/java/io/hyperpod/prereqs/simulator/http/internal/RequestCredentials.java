package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.BackendAccess;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.http.SimulatedAccessKey;
import io.hyperpod.prereqs.simulator.internal.IssuedCredentials;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The credentials a request is signed with: a key given to the server, a key the simulator issued
 * (an STS session's ASIA key, whose session token must come along and which expires on the
 * simulated clock; an IAM user's AKIA key, which must be Active), or any other key (see {@link
 * AccessKeys}).
 */
final class RequestCredentials {
  /** The access key ids the simulator issues: IAM users' (AKIA) and STS sessions' (ASIA). */
  private static final Pattern ISSUED_KEY = Pattern.compile("A[KS]IA[A-Z0-9]{16}");

  private static final String SECURITY_TOKEN = "X-Amz-Security-Token";

  private final AwsSimulator simulator;
  private final SimulatedAccessKey resolved;
  private final Optional<SimulatedAccessKey> known;
  private final Optional<IssuedCredentials.Key> issued;

  private RequestCredentials(
      AwsSimulator simulator,
      SimulatedAccessKey resolved,
      Optional<SimulatedAccessKey> known,
      Optional<IssuedCredentials.Key> issued) {
    this.simulator = simulator;
    this.resolved = resolved;
    this.known = known;
    this.issued = issued;
  }

  static RequestCredentials of(
      AwsSimulator simulator, AccessKeys keys, String accessKeyId, String region) {
    SimulatedAccessKey resolved = keys.resolve(accessKeyId);
    Optional<SimulatedAccessKey> known = keys.known(accessKeyId);
    Optional<IssuedCredentials.Key> issued =
        known.isEmpty() && accessKeyId != null && ISSUED_KEY.matcher(accessKeyId).matches()
            ? IssuedCredentials.find(
                BackendAccess.context(simulator.backend(resolved.accountId(), region)), accessKeyId)
            : Optional.empty();
    return new RequestCredentials(simulator, resolved, known, issued);
  }

  /** The secret to verify the signature with, when the key is known or issued. */
  Optional<String> secret() {
    return known
        .flatMap(SimulatedAccessKey::secretAccessKey)
        .or(() -> issued.map(IssuedCredentials.Key::secretAccessKey));
  }

  /** The refusal of an issued key used without its token, after it expired, or inactive. */
  Optional<WireResponse> refusal(WireRequest request, ServiceHandler handler) {
    if (issued.isEmpty()) {
      return Optional.empty();
    }
    String token =
        request.header(SECURITY_TOKEN).or(() -> request.queryParameter(SECURITY_TOKEN)).orElse(null);
    return issued.get()
        .refusal(token, simulator.clock().instant())
        .map(
            refusal ->
                refusal == IssuedCredentials.Refusal.EXPIRED
                    ? handler.unauthorized(
                        AuthFailure.EXPIRED,
                        "The security token included in the request is expired",
                        simulator.ids().requestId())
                    : handler.unauthorized(
                        AuthFailure.UNKNOWN_KEY,
                        "The security token included in the request is invalid.",
                        simulator.ids().requestId()));
  }

  /** Where and as whom the request acts. */
  SimulatedAccessKey key() {
    return issued
        .map(k -> SimulatedAccessKey.of(resolved.id(), k.accountId()).as(k.caller()))
        .orElse(resolved);
  }
}
