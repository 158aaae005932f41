package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectCopies;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectRecord;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectTagging;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectVersions;
import io.hyperpod.prereqs.simulator.internal.s3.S3Operations;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * S3's object operations on the wire: put (plain or aws-chunked; tags and user metadata), get
 * (with a range), head, delete; tagging and CopyObject through their own classes.
 */
final class S3ObjectActions {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
  private static final String CHECKSUM_HEADER = "x-amz-checksum-";

  private S3ObjectActions() {}

  /** The operation of a request on an object; null when the simulator has none. */
  static S3RestService.Route route(S3Request r) {
    if (r.subresources().equals(java.util.Set.of("tagging"))) {
      return S3ObjectTaggingActions.route(r);
    }
    if (r.subresources().isEmpty()
        && r.method().equals("PUT")
        && r.header("x-amz-copy-source").isPresent()) {
      return S3CopyActions.route();
    }
    boolean ofVersion =
        r.subresources().equals(java.util.Set.of("versionId")) && !r.method().equals("PUT");
    if (!(r.subresources().isEmpty() || ofVersion) || r.header("x-amz-copy-source").isPresent()) {
      return null;
    }
    switch (r.method()) {
      case "PUT":
        return new S3RestService.Route("PutObject", S3ObjectActions::putObject);
      case "GET":
        return new S3RestService.Route("GetObject", (q, c) -> getObject(q, c, false));
      case "HEAD":
        return new S3RestService.Route("HeadObject", (q, c) -> getObject(q, c, true));
      case "DELETE":
        return new S3RestService.Route("DeleteObject", S3ObjectActions::deleteObject);
      default:
        return null;
    }
  }

  private static WireResponse putObject(S3Request r, BackendContext c) {
    byte[] body = r.wire().body();
    Map<String, String> trailers = new HashMap<>();
    if (AwsChunked.applies(r.wire())) {
      body = AwsChunked.decode(body, trailers);
    }
    Map<String, String> checksums = S3Checksums.verify(r.wire(), body, trailers);
    String contentType = r.header("Content-Type").orElse(null);
    Optional<String> ifNoneMatch = r.header("If-None-Match");
    Optional<String> ifMatch = r.header("If-Match");
    Map<String, String> tags = ObjectTagging.fromHeader(r.header("x-amz-tagging").orElse(null));
    ObjectRecord object;
    if (ifMatch.isPresent()) {
      object = ops(c).putObjectIf(r.bucket(), r.key(), body, contentType, ifMatch.get());
    } else if (ifNoneMatch.filter("*"::equals).isPresent()) {
      object = ops(c).putObjectIf(r.bucket(), r.key(), body, contentType, null);
    } else {
      object = ops(c).putObject(r.bucket(), r.key(), body, contentType);
    }
    ObjectTagging.onPut(object, tags);
    ObjectCopies.setMetadata(object, S3CopyActions.metadata(r));
    checksums.entrySet().stream()
        .findFirst()
        .ifPresent(
            e ->
                S3Operations.recordChecksum(
                    object,
                    e.getKey().substring(CHECKSUM_HEADER.length()).toUpperCase(Locale.ROOT),
                    e.getValue()));
    WireResponse response = WireResponse.ok().header("ETag", etag(object));
    versionHeader(response, r, c, object.versionId());
    checksums.forEach(response::header);
    if (!checksums.isEmpty()) {
      response.header("x-amz-checksum-type", "FULL_OBJECT");
    }
    return encrypted(response);
  }

  private static WireResponse getObject(S3Request r, BackendContext c, boolean head) {
    ObjectRecord object =
        ops(c)
            .getObject(r.bucket(), r.key(), r.query("versionId").orElse(null), r.method());
    byte[] content = object.content();
    WireResponse response;
    String range = r.header("Range").orElse(null);
    long[] span = range == null ? null : span(range, content.length);
    boolean whole = span == null || (span[0] == 0 && span[1] == content.length - 1L);
    if (span == null) {
      response = WireResponse.ok();
    } else {
      response =
          WireResponse.status(206)
              .header(
                  "Content-Range", "bytes " + span[0] + "-" + span[1] + "/" + content.length);
      content = Arrays.copyOfRange(content, (int) span[0], (int) span[1] + 1);
    }
    response
        .header("ETag", etag(object))
        .header("Last-Modified", S3RestService.httpDate(object.lastModified()))
        .header("Accept-Ranges", "bytes");
    encrypted(response);
    versionHeader(response, r, c, object.versionId());
    if (whole
        && object.checksum() != null
        && r.header("x-amz-checksum-mode").filter("ENABLED"::equalsIgnoreCase).isPresent()) {
      response
          .header(CHECKSUM_HEADER + object.checksumAlgorithm().toLowerCase(Locale.ROOT), object.checksum())
          .header("x-amz-checksum-type", "FULL_OBJECT");
    }
    S3ObjectTaggingActions.countHeader(response, object.tags());
    S3CopyActions.metadataHeaders(response, object);
    if (head) {
      return response
          .header("Content-Type", object.contentType())
          .header("Content-Length", Integer.toString(content.length));
    }
    return response.body(content, object.contentType());
  }

  /**
   * DeleteObject: 204, with the version it removed or the delete marker it made in a versioned
   * bucket ({@code x-amz-version-id}, {@code x-amz-delete-marker}).
   */
  private static WireResponse deleteObject(S3Request r, BackendContext c) {
    ObjectVersions.Deletion deletion =
        ops(c).deleteObject(r.bucket(), r.key(), r.query("versionId").orElse(null));
    WireResponse response = WireResponse.status(204);
    if (deletion.deleteMarker()) {
      response.header("x-amz-delete-marker", "true");
    }
    return deletion.versionId() == null
        ? response
        : versionHeader(response, r, c, deletion.versionId());
  }

  /**
   * DeleteObjects: every entry deleted in one call (a version id that is not there is that entry's
   * NoSuchVersion, and the object stays); Quiet answers only with failures.
   */
  static WireResponse deleteObjects(S3Request r, BackendContext c) {
    Element root = XmlBodies.root(r.wire().body(), S3BucketActions::malformedXml);
    boolean quiet = "true".equalsIgnoreCase(XmlBodies.childText(root, "Quiet"));
    S3Operations ops = ops(c);
    ops.ownedBucket(r.bucket());
    Xml deleted = Xml.fragment();
    Xml errors = Xml.fragment();
    for (Element object : XmlBodies.children(root, "Object")) {
      String key = XmlBodies.childText(object, "Key");
      String versionId = XmlBodies.childText(object, "VersionId");
      if (versionId != null && !ops.versionExists(r.bucket(), key, versionId)) {
        errors
            .start("Error")
            .element("Key", key)
            .element("VersionId", versionId)
            .element("Code", "NoSuchVersion")
            .element("Message", "The specified version does not exist.")
            .end();
        continue;
      }
      ObjectVersions.Deletion deletion = ops.deleteObject(r.bucket(), key, versionId);
      if (!quiet) {
        deleted.start("Deleted").element("Key", key).element("VersionId", versionId);
        if (deletion.deleteMarker()) {
          deleted
              .element("DeleteMarker", true)
              .element("DeleteMarkerVersionId", deletion.versionId());
        }
        deleted.end();
      }
    }
    Xml xml = Xml.document().start("DeleteResult", S3RestService.XMLNS);
    return S3RestService.xml(200, xml.append(deleted).append(errors).end());
  }

  /** {@code x-amz-version-id}, in a bucket whose versioning was ever configured. */
  private static WireResponse versionHeader(
      WireResponse response, S3Request r, BackendContext c, String versionId) {
    if (ops(c).ownedBucket(r.bucket()).versioning().isPresent()) {
      response.header("x-amz-version-id", versionId);
    }
    return response;
  }

  /**
   * The inclusive byte span of a {@code Range: bytes=a-b} header; null for a header S3 ignores (not
   * a single byte range).
   */
  private static long[] span(String range, int length) {
    Matcher m = RANGE.matcher(range.trim());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return null;
    }
    long first;
    long last;
    if (m.group(1).isEmpty()) {
      long suffix = Long.parseLong(m.group(2));
      first = Math.max(0, length - suffix);
      last = length - 1L;
    } else {
      first = Long.parseLong(m.group(1));
      last = m.group(2).isEmpty() ? length - 1L : Math.min(Long.parseLong(m.group(2)), length - 1L);
      if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
        return null; // a range that ends before it starts is ignored: the whole object
      }
    }
    if (first >= length || first > last) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("RangeRequested", range);
      fields.put("ActualObjectSize", Integer.toString(length));
      throw AwsError.S3_INVALID_RANGE.exception(
          "The requested range is not satisfiable",
          "the range " + range + " starts after the object's " + length + " bytes",
          fields);
    }
    return new long[] {first, last};
  }

  /** S3 encrypts every object at rest with its own keys (SSE-S3) and says so in each answer. */
  static WireResponse encrypted(WireResponse response) {
    return response.header("x-amz-server-side-encryption", "AES256");
  }

  private static String etag(ObjectRecord object) {
    return "\"" + object.etag() + "\"";
  }

  private static S3Operations ops(BackendContext context) {
    return new S3Operations(context);
  }
}
