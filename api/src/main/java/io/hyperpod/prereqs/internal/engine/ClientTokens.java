package io.hyperpod.prereqs.internal.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Idempotency tokens of create requests (CreateVpcEndpoint's ClientToken, CreateFileSystem's
 * ClientRequestToken): derived from the account, region, stack, resource address and the request's
 * parameters, so that a retried request is recognised as the same one and a request with other
 * parameters is not. 32 hex digits, inside both services' limits.
 */
public final class ClientTokens {
  private ClientTokens() {}

  public static String of(
      StackModel model, io.hyperpod.prereqs.plan.ResourceAddress address, String... parameters) {
    StringBuilder b =
        new StringBuilder()
            .append(model.account())
            .append('/')
            .append(model.region())
            .append('/')
            .append(model.stack())
            .append('/')
            .append(address);
    for (String p : parameters) {
      b.append('/').append(p);
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
