package io.hyperpod.prereqs.simulator.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
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

  /** Whether the signature matches the one computed with this secret. */
  public boolean verifies(WireRequest request, String secretAccessKey) {
    String amzDate =
        presigned
            ? request.queryParameter("X-Amz-Date").orElse("")
            : request.header("X-Amz-Date").orElse("");
    if (amzDate.length() < 8 || !amzDate.startsWith(date)) {
      return false;
    }
    String scope = date + "/" + region + "/" + service + "/aws4_request";
    String stringToSign =
        ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonicalRequest(request)));
    byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), date);
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    String expected = hex(hmac(key, stringToSign));
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
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

  private static byte[] hmac(byte[] key, String data) {
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
