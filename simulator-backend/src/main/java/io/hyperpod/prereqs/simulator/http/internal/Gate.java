package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.BackendAccess;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.http.SimulatedAccessKey;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a request acts as, and, when signatures are verified, whether it may act at all: a
 * configured key with its secret, a signature that matches the request (its payload hash the
 * body's, chunk signatures of signed aws-chunked uploads included), and a request time within
 * AWS's 15 minutes of the server's wall clock (a presigned URL within its expiry). Refusals carry
 * AWS's codes in the protocol of the service.
 */
public final class Gate {
  /** AWS's allowed skew between a request's signing time and the server's. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(15);

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

  private final AwsSimulator simulator;
  private final AccessKeys keys;
  private final boolean verifySignatures;
  private final Clock wall;

  public Gate(AwsSimulator simulator, AccessKeys keys, boolean verifySignatures, Clock wall) {
    this.simulator = simulator;
    this.keys = keys;
    this.verifySignatures = verifySignatures;
    this.wall = wall;
  }

  /** A request let in (with the context it acts in) or refused (with the answer). */
  public static final class Admission {
    private final BackendContext context;
    private final WireResponse refusal;

    private Admission(BackendContext context, WireResponse refusal) {
      this.context = context;
      this.refusal = refusal;
    }

    public BackendContext context() {
      return context;
    }

    public Optional<WireResponse> refusal() {
      return Optional.ofNullable(refusal);
    }
  }

  public Admission admit(WireRequest request, Optional<SigV4> signature, ServiceHandler handler) {
    String keyId = signature.map(SigV4::accessKeyId).orElse(null);
    String region =
        signature
            .map(SigV4::region)
            .filter(r -> REGION.matcher(r).matches())
            .orElse(AwsSimulator.DEFAULT_REGION);
    RequestCredentials credentials = RequestCredentials.of(simulator, keys, keyId, region);
    if (verifySignatures) {
      Optional<WireResponse> refusal = check(request, signature, handler, keyId, credentials);
      if (refusal.isPresent()) {
        return new Admission(null, refusal.get());
      }
    }
    Optional<WireResponse> refused = credentials.refusal(request, handler);
    if (refused.isPresent()) {
      return new Admission(null, refused.get());
    }
    SimulatedAccessKey key = credentials.key();
    return new Admission(
        BackendAccess.context(simulator.backend(key.accountId(), region, key.caller())), null);
  }

  private Optional<WireResponse> check(
      WireRequest request,
      Optional<SigV4> signature,
      ServiceHandler handler,
      String keyId,
      RequestCredentials credentials) {
    if (signature.isEmpty()) {
      return refuse(
          handler,
          AuthFailure.MISSING,
          "Request is missing Authentication Token (the simulator verifies signatures; sign"
              + " the request with a configured access key)");
    }
    SigV4 sig = signature.get();
    Optional<String> secret = credentials.secret();
    if (secret.isEmpty()) {
      return refuse(
          handler,
          AuthFailure.UNKNOWN_KEY,
          "The security token included in the request is invalid (access key "
              + keyId
              + " is not one the simulator was given with a secret)");
    }
    if (!sig.verifies(request, secret.get())) {
      return refuse(
          handler,
          AuthFailure.BAD_SIGNATURE,
          "The request signature we calculated does not match the signature you provided."
              + " Check your AWS Secret Access Key and signing method.");
    }
    Optional<String> late = sig.timeProblem(request, wall.instant(), MAX_SKEW);
    if (late.isPresent()) {
      return refuse(handler, AuthFailure.SKEWED, late.get());
    }
    if (!sig.payloadMatches(request)) {
      return refuse(
          handler,
          AuthFailure.PAYLOAD_MISMATCH,
          "The provided 'x-amz-content-sha256' header does not match what was computed.");
    }
    if (!sig.chunksVerify(request, secret.get())) {
      return refuse(
          handler,
          AuthFailure.BAD_SIGNATURE,
          "The request signature we calculated does not match the signature you provided."
              + " Check your key and signing method.");
    }
    return Optional.empty();
  }

  private Optional<WireResponse> refuse(ServiceHandler handler, AuthFailure failure, String text) {
    return Optional.of(handler.unauthorized(failure, text, simulator.ids().requestId()));
  }

}
