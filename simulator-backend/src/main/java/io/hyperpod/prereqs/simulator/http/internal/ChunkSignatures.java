package io.hyperpod.prereqs.simulator.http.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The chunk signatures of a signed {@code aws-chunked} S3 upload: each chunk's {@code
 * chunk-signature} is the HMAC of {@code AWS4-HMAC-SHA256-PAYLOAD}, the date, the scope, the
 * previous signature (the request's for the first chunk), the empty hash and the chunk's hash; the
 * trailer's {@code x-amz-trailer-signature} chains on with {@code AWS4-HMAC-SHA256-TRAILER} and
 * the hash of the trailer lines.
 */
final class ChunkSignatures {
  private static final String EMPTY_HASH = SigV4.hex(SigV4.sha256(new byte[0]));

  private ChunkSignatures() {}

  static boolean verify(
      byte[] body, byte[] key, String amzDate, String scope, String seed, boolean trailer) {
    String previous = seed;
    int at = 0;
    while (true) {
      int end = lineEnd(body, at);
      if (end < 0) {
        return false;
      }
      String header = new String(body, at, end - at, StandardCharsets.US_ASCII);
      int marker = header.indexOf(";chunk-signature=");
      if (marker < 0) {
        return false;
      }
      int size;
      try {
        size = Integer.parseInt(header.substring(0, marker).trim(), 16);
      } catch (NumberFormatException e) {
        return false;
      }
      String given = header.substring(marker + ";chunk-signature=".length()).trim();
      at = end + 2;
      if (size < 0 || at + size > body.length) {
        return false;
      }
      byte[] chunk = java.util.Arrays.copyOfRange(body, at, at + size);
      String expected =
          SigV4.hex(
              SigV4.hmac(
                  key,
                  "AWS4-HMAC-SHA256-PAYLOAD\n"
                      + amzDate
                      + "\n"
                      + scope
                      + "\n"
                      + previous
                      + "\n"
                      + EMPTY_HASH
                      + "\n"
                      + SigV4.hex(SigV4.sha256(chunk))));
      if (!SigV4.matches(expected, given.toLowerCase(Locale.ROOT))) {
        return false;
      }
      previous = expected;
      if (size == 0) {
        break;
      }
      at += size + 2;
    }
    return !trailer || trailerVerifies(body, at, key, amzDate, scope, previous);
  }

  private static boolean trailerVerifies(
      byte[] body, int at, byte[] key, String amzDate, String scope, String previous) {
    StringBuilder lines = new StringBuilder();
    String given = null;
    while (at < body.length) {
      int end = lineEnd(body, at);
      if (end < 0) {
        end = body.length;
      }
      String line = new String(body, at, end - at, StandardCharsets.US_ASCII);
      at = end + 2;
      if (line.isEmpty()) {
        continue;
      }
      if (line.toLowerCase(Locale.ROOT).startsWith("x-amz-trailer-signature:")) {
        given = line.substring(line.indexOf(':') + 1).trim();
      } else {
        lines.append(line).append('\n');
      }
    }
    if (given == null) {
      return false;
    }
    String expected =
        SigV4.hex(
            SigV4.hmac(
                key,
                "AWS4-HMAC-SHA256-TRAILER\n"
                    + amzDate
                    + "\n"
                    + scope
                    + "\n"
                    + previous
                    + "\n"
                    + SigV4.hex(SigV4.sha256(lines.toString()))));
    return SigV4.matches(expected, given.toLowerCase(Locale.ROOT));
  }

  private static int lineEnd(byte[] body, int from) {
    for (int i = from; i + 1 < body.length; i++) {
      if (body[i] == '\r' && body[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
