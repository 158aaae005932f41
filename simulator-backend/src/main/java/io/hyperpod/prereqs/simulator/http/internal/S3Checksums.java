package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The integrity checks S3 makes on an upload: {@code Content-MD5} and the flexible checksums
 * ({@code x-amz-checksum-crc32}, {@code -crc32c}, {@code -sha1}, {@code -sha256}) from headers or
 * aws-chunked trailers. A mismatch is BadDigest; others (e.g. CRC64NVME) are accepted unchecked.
 */
final class S3Checksums {
  private static final Map<String, Function<byte[], byte[]>> ALGORITHMS = new LinkedHashMap<>();

  static {
    ALGORITHMS.put("crc32", bytes -> crc(new CRC32(), bytes));
    ALGORITHMS.put("crc32c", bytes -> crc(new CRC32C(), bytes));
    ALGORITHMS.put("sha1", bytes -> digest("SHA-1", bytes));
    ALGORITHMS.put("sha256", bytes -> digest("SHA-256", bytes));
  }

  private S3Checksums() {}

  /**
   * Checks the body against what the request claims; returns the checksum headers to echo.
   *
   * @param trailers aws-chunked trailers, names in lower case
   */
  static Map<String, String> verify(WireRequest request, byte[] body, Map<String, String> trailers) {
    request.header("Content-MD5").ifPresent(md5 -> checkMd5(md5, body));
    Map<String, String> echoed = new LinkedHashMap<>();
    for (Map.Entry<String, Function<byte[], byte[]>> algorithm : ALGORITHMS.entrySet()) {
      String header = "x-amz-checksum-" + algorithm.getKey();
      String claimed = request.header(header).orElse(trailers.get(header));
      if (claimed == null) {
        continue;
      }
      String actual = Base64.getEncoder().encodeToString(algorithm.getValue().apply(body));
      if (!actual.equals(claimed)) {
        throw AwsError.S3_BAD_DIGEST.exception(
            "The " + algorithm.getKey().toUpperCase(java.util.Locale.ROOT) + " you specified did not match the calculated checksum.",
            "The "
                + algorithm.getKey().toUpperCase(java.util.Locale.ROOT)
                + " you specified did not match the calculated checksum ("
                + claimed
                + " given, "
                + actual
                + " computed).");
      }
      echoed.put(header, claimed);
    }
    return echoed;
  }

  private static void checkMd5(String md5, byte[] body) {
    byte[] claimed;
    try {
      claimed = Base64.getDecoder().decode(md5.trim());
    } catch (IllegalArgumentException e) {
      claimed = new byte[0];
    }
    if (claimed.length != 16) {
      throw AwsError.S3_INVALID_DIGEST.exception(
          "The Content-MD5 you specified was invalid.",
          "The Content-MD5 you specified is not valid: '" + md5 + "' is not a base64 MD5.");
    }
    if (!MessageDigest.isEqual(claimed, digest("MD5", body))) {
      throw AwsError.S3_BAD_DIGEST.exception(
          "The Content-MD5 you specified did not match what we received.");
    }
  }

  private static byte[] crc(Checksum checksum, byte[] bytes) {
    checksum.update(bytes, 0, bytes.length);
    return ByteBuffer.allocate(4).putInt((int) checksum.getValue()).array();
  }

  private static byte[] digest(String algorithm, byte[] bytes) {
    try {
      return MessageDigest.getInstance(algorithm).digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JVM lacks " + algorithm, e);
    }
  }
}
