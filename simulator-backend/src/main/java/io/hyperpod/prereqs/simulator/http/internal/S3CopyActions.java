package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectCopies;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectRecord;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectTagging;
import io.hyperpod.prereqs.simulator.internal.s3.S3Operations;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CopyObject on the wire ({@code PUT} with {@code x-amz-copy-source: BUCKET/KEY}, URL-encoded,
 * with the metadata and tagging directives) and the user metadata ({@code x-amz-meta-*}) of
 * objects.
 */
final class S3CopyActions {
  private static final String META = "x-amz-meta-";

  private S3CopyActions() {}

  static S3RestService.Route route() {
    return new S3RestService.Route("CopyObject", S3CopyActions::copy);
  }

  private static WireResponse copy(S3Request r, BackendContext c) {
    String source = r.header("x-amz-copy-source").orElseThrow();
    String decoded = URLDecoder.decode(source.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (decoded.startsWith("/")) {
      decoded = decoded.substring(1);
    }
    int query = decoded.indexOf('?');
    if (query >= 0) {
      decoded = decoded.substring(0, query);
    }
    int slash = decoded.indexOf('/');
    if (slash <= 0 || slash == decoded.length() - 1) {
      throw AwsError.S3_INVALID_ARGUMENT.exception("Invalid copy source object key");
    }
    ObjectCopies.Directives directives =
        new ObjectCopies.Directives(
            r.header("x-amz-metadata-directive").orElse(null),
            r.header("Content-Type").orElse(null),
            metadata(r),
            r.header("x-amz-tagging-directive").orElse(null),
            ObjectTagging.fromHeader(r.header("x-amz-tagging").orElse(null)));
    ObjectRecord copy =
        new ObjectCopies(new S3Operations(c))
            .copy(
                decoded.substring(0, slash),
                decoded.substring(slash + 1),
                r.bucket(),
                r.key(),
                directives);
    Xml xml =
        Xml.document()
            .start("CopyObjectResult", S3RestService.XMLNS)
            .element("LastModified", copy.lastModified())
            .element("ETag", "\"" + copy.etag() + "\"")
            .end();
    return S3RestService.xml(200, xml);
  }

  /** The request's {@code x-amz-meta-*} headers, names in lower case without the prefix. */
  static Map<String, String> metadata(S3Request r) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> header : r.wire().headers().entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (name.startsWith(META) && !header.getValue().isEmpty()) {
        metadata.put(name.substring(META.length()), header.getValue().get(0));
      }
    }
    return metadata;
  }

  /** The object's user metadata as {@code x-amz-meta-*} headers. */
  static void metadataHeaders(WireResponse response, ObjectRecord object) {
    object.metadata().forEach((name, value) -> response.header(META + name, value));
  }
}
