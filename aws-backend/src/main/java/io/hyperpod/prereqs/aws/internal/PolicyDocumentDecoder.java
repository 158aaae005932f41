package io.hyperpod.prereqs.aws.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * IAM returns policy documents (trust policies, inline policies, policy versions) URL-encoded
 * (RFC 3986) and the Java SDK does not decode them. They are decoded here, exactly once, right
 * where they leave an SDK response.
 */
final class PolicyDocumentDecoder {
  private PolicyDocumentDecoder() {}

  /** The JSON of a document as IAM returned it; {@code null} stays {@code null}. */
  static String decode(String urlEncoded) {
    return urlEncoded == null ? null : URLDecoder.decode(urlEncoded, StandardCharsets.UTF_8);
  }
}
