package io.hyperpod.prereqs.simulator.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 as the front reads it: the credential scope (access key, date, region,
 * service) from the {@code Authorization} header or a presigned URL's query, and, when asked, the
 * signature checked against a known secret.
 */
public final class SigV4 {
  private static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final Pattern HEADER =
      Pattern.compile(
          "AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request"
              + "\\s*,\\s*SignedHeaders=([^,\\s]+)\\s*,\\s*Signature=([0-9a-fA-F]+)");
  private static final Pattern CREDENTIAL =
      Pattern.compile("([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request");
  private static final HexFormat HEX = HexFormat.of();
  private static final Pattern HEX_HASH = Pattern.compile("[0-9a-fA-F]{64}");
  private static final java.time.format.DateTimeFormatter AMZ_DATE =
      java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  private final String accessKeyId;
  private final String date;
  private final String region;
  private final String service;
  private final List<String> signedHeaders;
  private final String signature;
  private final boolean presigned;

  private SigV4(
      String accessKeyId,
      String date,
      String region,
      String service,
      List<String> signedHeaders,
      String signature,
      boolean presigned) {
    this.accessKeyId = accessKeyId;
    this.date = date;
    this.region = region;
    this.service = service;
    this.signedHeaders = signedHeaders;
    this.signature = signature;
    this.presigned = presigned;
  }

  /** The signature of a request, if it carries one (header or presigned query). */
  public static Optional<SigV4> of(WireRequest request) {
    Optional<String> authorization = request.header("Authorization");
    if (authorization.isPresent()) {
      Matcher m = HEADER.matcher(authorization.get().trim());
      if (!m.matches()) {
        return Optional.empty();
      }
      return Optional.of(
          new SigV4(
              m.group(1),
              m.group(2),
              m.group(3),
              m.group(4),
              List.of(m.group(5).toLowerCase(Locale.ROOT).split(";")),
              m.group(6).toLowerCase(Locale.ROOT),
              false));
    }
    Optional<String> credential = request.queryParameter("X-Amz-Credential");
    if (credential.isPresent()
        && ALGORITHM.equals(request.queryParameter("X-Amz-Algorithm").orElse(""))) {
      Matcher m = CREDENTIAL.matcher(credential.get());
      if (m.matches()) {
        return Optional.of(
            new SigV4(
                m.group(1),
                m.group(2),
                m.group(3),
                m.group(4),
                List.of(
                    request
                        .queryParameter("X-Amz-SignedHeaders")
                        .orElse("host")
                        .toLowerCase(Locale.ROOT)
                        .split(";")),
                request.queryParameter("X-Amz-Signature").orElse("").toLowerCase(Locale.ROOT),
                true));
      }
    }
    return Optional.empty();
  }

  public String accessKeyId() {
    return accessKeyId;
  }

  public String region() {
    return region;
  }

  /** The signing name: {@code iam}, {@code sts}, {@code s3}, {@code ec2}, ... */
  public String service() {
    return service;
  }

  /**
   * Whether the signature matches the one computed with this secret. Outside S3 the payload hash
   * signed is the body's own (whatever {@code X-Amz-Content-Sha256} says), so a changed body
   * breaks the signature; S3 signs the header's value, which {@link #payloadMatches} then holds to
   * the body.
   */
  public boolean verifies(WireRequest request, String secretAccessKey) {
    String amzDate = amzDate(request);
    if (amzDate.length() < 8 || !amzDate.startsWith(date)) {
      return false;
    }
    String stringToSign =
        ALGORITHM + "\n" + amzDate + "\n" + scope() + "\n" + hex(sha256(canonicalRequest(request)));
    return matches(hex(hmac(signingKey(secretAccessKey), stringToSign)), signature);
  }

  /**
   * Why the request's time is not acceptable at {@code now}, in AWS's words: more than {@code
   * skew} before or after it, or a presigned URL past its {@code X-Amz-Expires}; empty when it is.
   */
  public Optional<String> timeProblem(WireRequest request, Instant now, Duration skew) {
    Optional<Instant> signed = parseDate(amzDate(request));
    if (signed.isEmpty()) {
      return Optional.of("Signature expired: the request has no valid X-Amz-Date.");
    }
    Instant at = signed.get();
    if (presigned) {
      long expires =
          request.queryParameter("X-Amz-Expires").map(SigV4::seconds).orElse(604_800L);
      if (now.isAfter(at.plusSeconds(expires))) {
        return Optional.of("Request has expired");
      }
      if (at.isAfter(now.plus(skew))) {
        return Optional.of("Request is not valid yet");
      }
      return Optional.empty();
    }
    if (at.isBefore(now.minus(skew))) {
      return Optional.of(
          "Signature expired: "
              + format(at)
              + " is now earlier than "
              + format(now.minus(skew))
              + " ("
              + format(now)
              + " - "
              + skew.toMinutes()
              + " min.)");
    }
    if (at.isAfter(now.plus(skew))) {
      return Optional.of(
          "Signature not yet current: "
              + format(at)
              + " is still later than "
              + format(now.plus(skew))
              + " ("
              + format(now)
              + " + "
              + skew.toMinutes()
              + " min.)");
    }
    return Optional.empty();
  }

  /** S3: whether a hexadecimal {@code X-Amz-Content-Sha256} is the body's SHA-256. */
  public boolean payloadMatches(WireRequest request) {
    if (!"s3".equals(service) || presigned) {
      return true;
    }
    String claimed = request.header("X-Amz-Content-Sha256").orElse("");
    if (!HEX_HASH.matcher(claimed).matches()) {
      return true;
    }
    return matches(hex(sha256(request.body())), claimed.toLowerCase(Locale.ROOT));
  }

  /**
   * S3: whether the chunk signatures of a signed aws-chunked body ({@code
   * STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]}) chain from the request's signature over every
   * chunk (and the trailer); true for bodies that are not signed in chunks.
   */
  public boolean chunksVerify(WireRequest request, String secretAccessKey) {
    String mode = request.header("X-Amz-Content-Sha256").orElse("");
    if (!"s3".equals(service) || !mode.startsWith("STREAMING-AWS4-HMAC-SHA256-PAYLOAD")) {
      return true;
    }
    return ChunkSignatures.verify(
        request.body(),
        signingKey(secretAccessKey),
        amzDate(request),
        scope(),
        signature,
        mode.endsWith("-TRAILER"));
  }

  private String amzDate(WireRequest request) {
    return presigned
        ? request.queryParameter("X-Amz-Date").orElse("")
        : request.header("X-Amz-Date").orElse("");
  }

  private String scope() {
    return date + "/" + region + "/" + service + "/aws4_request";
  }

  private byte[] signingKey(String secretAccessKey) {
    byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), date);
    key = hmac(key, region);
    key = hmac(key, service);
    return hmac(key, "aws4_request");
  }

  static boolean matches(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }

  /** {@code 20250101T000000Z} as an instant. */
  static Optional<Instant> parseDate(String amzDate) {
    try {
      return Optional.of(AMZ_DATE.parse(amzDate, Instant::from));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String format(Instant instant) {
    return AMZ_DATE.format(instant);
  }

  private static long seconds(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private String canonicalRequest(WireRequest request) {
    StringBuilder canonical = new StringBuilder();
    canonical.append(request.method()).append('\n');
    String path = request.rawPath();
    canonical.append("s3".equals(service) ? path : encode(path, false)).append('\n');
    canonical.append(canonicalQuery(request.rawQuery())).append('\n');
    for (String name : signedHeaders) {
      List<String> values = request.headers().get(name);
      List<String> trimmed = new ArrayList<>();
      if (values != null) {
        values.forEach(v -> trimmed.add(v.trim().replaceAll("\\s+", " ")));
      }
      canonical.append(name).append(':').append(String.join(",", trimmed)).append('\n');
    }
    canonical.append('\n').append(String.join(";", signedHeaders)).append('\n');
    canonical.append(payloadHash(request));
    return canonical.toString();
  }

  private String payloadHash(WireRequest request) {
    if (presigned) {
      return "UNSIGNED-PAYLOAD";
    }
    if (!"s3".equals(service)) {
      return hex(sha256(request.body()));
    }
    return request.header("X-Amz-Content-Sha256").orElseGet(() -> hex(sha256(request.body())));
  }

  private String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (Map.Entry<String, List<String>> field : WireRequest.parseForm(rawQuery).entrySet()) {
      if (presigned && field.getKey().equals("X-Amz-Signature")) {
        continue;
      }
      for (String value : field.getValue()) {
        pairs.add(new String[] {encode(field.getKey(), true), encode(value, true)});
      }
    }
    pairs.sort(
        (a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    StringBuilder query = new StringBuilder();
    for (String[] pair : pairs) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(pair[0]).append('=').append(pair[1]);
    }
    return query.toString();
  }

  /** RFC 3986 encoding as SigV4 wants it; {@code /} kept unless {@code slash}. */
  static String encode(String text, boolean slash) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean unreserved =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '.'
              || c == '~';
      if (unreserved || (c == '/' && !slash)) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  static byte[] sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }

  static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JVM lacks HmacSHA256", e);
    }
  }

  static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  @Override
  public String toString() {
    return "SigV4[" + accessKeyId + "/" + date + "/" + region + "/" + service + "]";
  }
}
