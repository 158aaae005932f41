package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * S3's {@code aws-chunked} body framing: {@code <hex size>[;chunk-signature=...]\r\n<bytes>\r\n}
 * repeated, a chunk of size 0, then optional trailers ({@code x-amz-checksum-crc32:<base64>}) and
 * an empty line. Chunk signatures are not checked.
 */
final class AwsChunked {
  private AwsChunked() {}

  /** Whether the request's body is aws-chunked (a STREAMING-* payload or that content encoding). */
  static boolean applies(WireRequest request) {
    boolean streaming =
        request.header("x-amz-content-sha256").map(v -> v.startsWith("STREAMING-")).orElse(false);
    boolean encoded =
        request
            .header("Content-Encoding")
            .map(v -> v.toLowerCase(Locale.ROOT).contains("aws-chunked"))
            .orElse(false);
    return streaming || encoded;
  }

  /** The payload; trailers go into {@code trailers} (names in lower case). */
  static byte[] decode(byte[] body, Map<String, String> trailers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
    int at = 0;
    while (true) {
      int lineEnd = lineEnd(body, at);
      String header = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
      int semicolon = header.indexOf(';');
      String hex = (semicolon < 0 ? header : header.substring(0, semicolon)).trim();
      int size;
      try {
        size = Integer.parseInt(hex, 16);
      } catch (NumberFormatException e) {
        throw malformed("chunk size '" + hex + "' is not hexadecimal");
      }
      at = lineEnd + 2;
      if (size == 0) {
        break;
      }
      if (size < 0 || at + size > body.length) {
        throw malformed("a chunk of " + size + " bytes runs past the end of the body");
      }
      out.write(body, at, size);
      at += size + 2;
    }
    while (at < body.length) {
      int lineEnd = lineEnd(body, at);
      String line = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
      at = lineEnd + 2;
      int colon = line.indexOf(':');
      if (colon > 0) {
        trailers.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    return out.toByteArray();
  }

  private static int lineEnd(byte[] body, int from) {
    for (int i = from; i + 1 < body.length; i++) {
      if (body[i] == '\r' && body[i + 1] == '\n') {
        return i;
      }
    }
    if (from >= body.length) {
      return body.length;
    }
    throw malformed("a chunk header or trailer lacks its CRLF");
  }

  private static RuntimeException malformed(String problem) {
    return AwsError.S3_INVALID_ARGUMENT.exception(
        "The aws-chunked request body is malformed: " + problem + ".");
  }
}
