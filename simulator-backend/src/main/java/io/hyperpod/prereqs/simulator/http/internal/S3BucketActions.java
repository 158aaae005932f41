package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.s3.BucketRecord;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectRecord;
import io.hyperpod.prereqs.simulator.internal.s3.S3Operations;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/** S3's bucket operations on the wire: create/head/delete, location, policy, tags, listings. */
final class S3BucketActions {
  private static final String US_EAST_1 = "us-east-1";
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

  private S3BucketActions() {}

  /** The operation of a request on a bucket (no key); null when the simulator has none. */
  static S3RestService.Route route(S3Request r) {
    Set<String> sub = r.subresources();
    String only = sub.size() == 1 ? sub.iterator().next() : sub.isEmpty() ? "" : null;
    if (only == null) {
      return null;
    }
    switch (r.method() + " " + only) {
      case "PUT ":
        return new S3RestService.Route("CreateBucket", S3BucketActions::createBucket);
      case "HEAD ":
        return new S3RestService.Route("HeadBucket", S3BucketActions::headBucket);
      case "DELETE ":
        return new S3RestService.Route(
            "DeleteBucket", (q, c) -> noContent(() -> ops(c).deleteBucket(q.bucket())));
      case "GET ":
        return q(r, "list-type").equals("2")
            ? new S3RestService.Route("ListObjectsV2", S3BucketActions::listObjectsV2)
            : new S3RestService.Route("ListObjects", S3BucketActions::listObjects);
      case "GET location":
        return new S3RestService.Route("GetBucketLocation", S3BucketActions::location);
      case "GET policy":
        return new S3RestService.Route(
            "GetBucketPolicy",
            (q, c) ->
                WireResponse.ok().body(ops(c).getBucketPolicy(q.bucket()), "application/json"));
      case "PUT policy":
        return new S3RestService.Route(
            "PutBucketPolicy",
            (q, c) ->
                noContent(() -> ops(c).putBucketPolicy(q.bucket(), q.wire().bodyText())));
      case "DELETE policy":
        return new S3RestService.Route(
            "DeleteBucketPolicy", (q, c) -> noContent(() -> ops(c).deleteBucketPolicy(q.bucket())));
      case "GET tagging":
        return new S3RestService.Route("GetBucketTagging", S3BucketActions::getTagging);
      case "PUT tagging":
        return new S3RestService.Route(
            "PutBucketTagging",
            (q, c) -> noContent(() -> ops(c).putBucketTagging(q.bucket(), tagging(q))));
      case "DELETE tagging":
        return new S3RestService.Route(
            "DeleteBucketTagging",
            (q, c) -> noContent(() -> ops(c).deleteBucketTagging(q.bucket())));
      case "POST delete":
        return new S3RestService.Route("DeleteObjects", S3ObjectActions::deleteObjects);
      default:
        return null;
    }
  }

  static WireResponse listBuckets(S3Request r, BackendContext c) {
    Xml xml =
        Xml.document()
            .start("ListAllMyBucketsResult", S3RestService.XMLNS)
            .start("Owner")
            .element("ID", canonicalId(c.accountId()))
            .element("DisplayName", "account-" + c.accountId())
            .end()
            .start("Buckets");
    for (BucketRecord bucket : ops(c).listBuckets()) {
      xml.start("Bucket")
          .element("Name", bucket.name())
          .element("CreationDate", bucket.creationDate())
          .element("BucketRegion", bucket.region())
          .end();
    }
    return S3RestService.xml(200, xml.end().end());
  }

  /**
   * CreateBucket with S3's location rules: the constraint names the region, except that none means
   * us-east-1, which may not be named; a regional endpoint (any but us-east-1) only creates in its
   * own region.
   */
  private static WireResponse createBucket(S3Request r, BackendContext c) {
    String constraint = null;
    byte[] body = r.wire().body();
    if (body.length > 0 && !r.wire().bodyText().isBlank()) {
      Element root = XmlBodies.root(body, S3BucketActions::malformedXml);
      constraint = XmlBodies.childText(root, "LocationConstraint");
      if (constraint != null && constraint.isBlank()) {
        constraint = null;
      }
    }
    String endpoint = c.region();
    if (US_EAST_1.equals(constraint)
        || (constraint != null && !REGION.matcher(constraint).matches())) {
      throw AwsError.S3_INVALID_LOCATION_CONSTRAINT.exception(
          "The specified location-constraint is not valid ('"
              + constraint
              + "'; leave it out for us-east-1, otherwise name the region)");
    }
    String region;
    if (US_EAST_1.equals(endpoint)) {
      region = constraint == null ? US_EAST_1 : constraint;
    } else if (constraint == null || !constraint.equals(endpoint)) {
      throw AwsError.S3_ILLEGAL_LOCATION_CONSTRAINT.exception(
          "The "
              + (constraint == null ? "unspecified" : constraint)
              + " location constraint is incompatible for the region specific endpoint this"
              + " request was sent to ("
              + endpoint
              + "; send LocationConstraint "
              + endpoint
              + ")");
    } else {
      region = endpoint;
    }
    ops(c).createBucket(r.bucket(), region);
    return WireResponse.ok().header("Location", "/" + r.bucket());
  }

  private static WireResponse headBucket(S3Request r, BackendContext c) {
    BucketAccess access = ops(c).headBucket(r.bucket());
    if (access == BucketAccess.NOT_FOUND) {
      return WireResponse.status(404);
    }
    if (access == BucketAccess.OTHER_OWNER) {
      return WireResponse.status(403);
    }
    BucketRecord bucket = ops(c).ownedBucket(r.bucket());
    return WireResponse.ok()
        .header("x-amz-bucket-region", bucket.region())
        .header("x-amz-access-point-alias", "false");
  }

  private static WireResponse location(S3Request r, BackendContext c) {
    String region = ops(c).ownedBucket(r.bucket()).region();
    Xml xml =
        Xml.document()
            .start("LocationConstraint", S3RestService.XMLNS)
            .append(textFragment(US_EAST_1.equals(region) ? "" : region))
            .end();
    return S3RestService.xml(200, xml);
  }

  private static WireResponse getTagging(S3Request r, BackendContext c) {
    Xml xml = Xml.document().start("Tagging", S3RestService.XMLNS).start("TagSet");
    ops(c)
        .getBucketTagging(r.bucket())
        .forEach((k, v) -> xml.start("Tag").element("Key", k).element("Value", v).end());
    return S3RestService.xml(200, xml.end().end());
  }

  private static Map<String, String> tagging(S3Request r) {
    Element root = XmlBodies.root(r.wire().body(), S3BucketActions::malformedXml);
    Map<String, String> tags = new LinkedHashMap<>();
    for (Element set : XmlBodies.children(root, "TagSet")) {
      for (Element tag : XmlBodies.children(set, "Tag")) {
        String key = XmlBodies.childText(tag, "Key");
        if (tags.put(key, XmlBodies.childText(tag, "Value")) != null) {
          throw AwsError.S3_INVALID_TAG.exception(
              "Cannot provide multiple Tags with the same key ('" + key + "').");
        }
      }
    }
    return tags;
  }

  private static WireResponse listObjectsV2(S3Request r, BackendContext c) {
    String prefix = q(r, "prefix");
    String delimiter = r.query("delimiter").orElse(null);
    int maxKeys = maxKeys(r);
    String after = r.query("start-after").orElse(null);
    String skipPrefix = null;
    String token = r.query("continuation-token").orElse(null);
    if (token != null) {
      String[] resume = S3Listing.readToken(token);
      after = resume[0];
      skipPrefix = resume[1];
    }
    List<ObjectRecord> objects = ops(c).listObjects(r.bucket(), prefix);
    S3Listing listing = S3Listing.of(objects, prefix, delimiter, after, skipPrefix, maxKeys);
    boolean url = isUrlEncoding(r);
    Xml xml =
        Xml.document()
            .start("ListBucketResult", S3RestService.XMLNS)
            .element("Name", r.bucket())
            .element("Prefix", encoded(prefix, url))
            .element("Delimiter", encoded(delimiter, url))
            .element("MaxKeys", maxKeys)
            .element("EncodingType", url ? "url" : null)
            .element("KeyCount", listing.contents.size() + listing.commonPrefixes.size())
            .element("IsTruncated", listing.truncated())
            .element("ContinuationToken", token)
            .element("NextContinuationToken", listing.truncated() ? listing.continuationToken() : null)
            .element("StartAfter", encoded(r.query("start-after").orElse(null), url));
    contents(xml, listing, url);
    return S3RestService.xml(200, xml.end());
  }

  private static WireResponse listObjects(S3Request r, BackendContext c) {
    String prefix = q(r, "prefix");
    String delimiter = r.query("delimiter").orElse(null);
    String marker = r.query("marker").orElse(null);
    int maxKeys = maxKeys(r);
    List<ObjectRecord> objects = ops(c).listObjects(r.bucket(), prefix);
    S3Listing listing = S3Listing.of(objects, prefix, delimiter, marker, null, maxKeys);
    boolean url = isUrlEncoding(r);
    Xml xml =
        Xml.document()
            .start("ListBucketResult", S3RestService.XMLNS)
            .element("Name", r.bucket())
            .element("Prefix", encoded(prefix, url))
            .element("Marker", encoded(marker == null ? "" : marker, url))
            .element("Delimiter", encoded(delimiter, url))
            .element("MaxKeys", maxKeys)
            .element("EncodingType", url ? "url" : null)
            .element("IsTruncated", listing.truncated())
            .element(
                "NextMarker",
                listing.truncated() && delimiter != null ? encoded(listing.last, url) : null);
    contents(xml, listing, url);
    return S3RestService.xml(200, xml.end());
  }

  private static void contents(Xml xml, S3Listing listing, boolean url) {
    for (ObjectRecord object : listing.contents) {
      xml.start("Contents")
          .element("Key", encoded(object.key(), url))
          .element("LastModified", object.lastModified())
          .element("ETag", "\"" + object.etag() + "\"")
          .element("Size", object.size())
          .element("StorageClass", "STANDARD")
          .end();
    }
    for (String common : listing.commonPrefixes) {
      xml.start("CommonPrefixes").element("Prefix", encoded(common, url)).end();
    }
  }

  private static int maxKeys(S3Request r) {
    String text = r.query("max-keys").orElse(null);
    if (text == null) {
      return S3Listing.DEFAULT_MAX_KEYS;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= 0) {
        return Math.min(value, S3Listing.DEFAULT_MAX_KEYS);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw AwsError.S3_INVALID_ARGUMENT.exception(
        "Provided max-keys not an integer or within integer range ('" + text + "').");
  }

  private static boolean isUrlEncoding(S3Request r) {
    String encoding = r.query("encoding-type").orElse(null);
    if (encoding == null) {
      return false;
    }
    if (!encoding.equals("url")) {
      throw AwsError.S3_INVALID_ARGUMENT.exception(
          "Invalid Encoding Method specified in Request ('" + encoding + "'; only url is valid).");
    }
    return true;
  }

  private static String encoded(String value, boolean url) {
    return value == null || !url ? value : SigV4.encode(value, false);
  }

  private static String q(S3Request r, String name) {
    return r.query(name).orElse("");
  }

  private static Xml textFragment(String text) {
    Xml fragment = Xml.fragment();
    return text.isEmpty() ? fragment : fragment.text(text);
  }

  static WireResponse noContent(Runnable action) {
    action.run();
    return WireResponse.status(204);
  }

  static CloudException malformedXml() {
    return AwsError.S3_MALFORMED_XML.exception(
        "The XML you provided was not well-formed or did not validate against our published"
            + " schema.");
  }

  static String canonicalId(String accountId) {
    return SigV4.hex(SigV4.sha256("simulated-account-" + accountId));
  }

  static S3Operations ops(BackendContext context) {
    return new S3Operations(context);
  }
}
