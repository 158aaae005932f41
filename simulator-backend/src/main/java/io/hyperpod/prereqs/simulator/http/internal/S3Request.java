package io.hyperpod.prereqs.simulator.http.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An S3 request's addressing: the bucket and key, from the path ({@code /bucket/key}, path-style)
 * or from the host ({@code bucket.localhost}, {@code bucket.s3.<region>...}), and its
 * sub-resources ({@code ?policy}, {@code ?tagging}, ...).
 */
final class S3Request {
  /** Query parameters that name a sub-resource rather than a listing option. */
  static final Set<String> SUBRESOURCES =
      Set.of(
          "accelerate", "acl", "analytics", "attributes", "cors", "delete", "encryption",
          "intelligent-tiering", "inventory", "legal-hold", "lifecycle", "location", "logging",
          "metrics", "notification", "object-lock", "ownershipControls", "partNumber", "policy",
          "policyStatus", "publicAccessBlock", "replication", "requestPayment", "restore",
          "retention", "select", "tagging", "torrent", "uploadId", "uploads", "versionId",
          "versioning", "versions", "website");

  private static final Pattern VIRTUAL_HOST =
      Pattern.compile("(.+?)\\.(?:s3[.-].*|localhost)", Pattern.CASE_INSENSITIVE);

  private final WireRequest wire;
  private final String bucket;
  private final String key;
  private final Set<String> subresources = new TreeSet<>();

  private S3Request(WireRequest wire, String bucket, String key) {
    this.wire = wire;
    this.bucket = bucket;
    this.key = key;
    for (String name : wire.query().keySet()) {
      if (SUBRESOURCES.contains(name)) {
        subresources.add(name);
      }
    }
  }

  static S3Request of(WireRequest wire) {
    String path = wire.path();
    String rest = path.startsWith("/") ? path.substring(1) : path;
    Optional<String> hostBucket = hostBucket(wire);
    if (hostBucket.isPresent()) {
      return new S3Request(wire, hostBucket.get(), rest.isEmpty() ? null : rest);
    }
    if (rest.isEmpty()) {
      return new S3Request(wire, null, null);
    }
    int slash = rest.indexOf('/');
    if (slash < 0 || slash == rest.length() - 1) {
      return new S3Request(wire, slash < 0 ? rest : rest.substring(0, slash), null);
    }
    return new S3Request(wire, rest.substring(0, slash), rest.substring(slash + 1));
  }

  private static Optional<String> hostBucket(WireRequest wire) {
    String host = wire.header("Host").orElse("").toLowerCase(Locale.ROOT);
    int colon = host.lastIndexOf(':');
    if (colon > 0 && host.indexOf(']') < colon) {
      host = host.substring(0, colon);
    }
    Matcher m = VIRTUAL_HOST.matcher(host);
    if (!m.matches() || m.group(1).equals("s3")) {
      return Optional.empty();
    }
    return Optional.of(m.group(1));
  }

  WireRequest wire() {
    return wire;
  }

  /** The bucket, or null for the service (ListBuckets). */
  String bucket() {
    return bucket;
  }

  /** The object key, or null for a bucket request. */
  String key() {
    return key;
  }

  Set<String> subresources() {
    return subresources;
  }

  boolean has(String subresource) {
    return subresources.contains(subresource);
  }

  String method() {
    return wire.method();
  }

  Optional<String> header(String name) {
    return wire.header(name);
  }

  Optional<String> query(String name) {
    return wire.queryParameter(name);
  }
}
