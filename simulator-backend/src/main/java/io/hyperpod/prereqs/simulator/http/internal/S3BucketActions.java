package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.s3.BucketRecord;
import io.hyperpod.prereqs.simulator.internal.s3.S3Operations;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import java.util.LinkedHashMap;
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
            ? new S3RestService.Route("ListObjectsV2", S3ListActions::listObjectsV2)
            : new S3RestService.Route("ListObjects", S3ListActions::listObjects);
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
    Map<String, String> tags = new LinkedHashMap<>();
    byte[] body = r.wire().body();
    if (body.length > 0 && !r.wire().bodyText().isBlank()) {
      Element root = XmlBodies.root(body, S3BucketActions::malformedXml);
      constraint = XmlBodies.childText(root, "LocationConstraint");
      for (Element set : XmlBodies.children(root, "Tags")) {
        for (Element tag : XmlBodies.children(set, "Tag")) {
          tags.put(XmlBodies.childText(tag, "Key"), XmlBodies.childText(tag, "Value"));
        }
      }
      if (constraint != null && constraint.isBlank()) {
        constraint = null;
      }
    }
    String endpoint = c.region();
    if (US_EAST_1.equals(constraint)
        || (constraint != null && !REGION.matcher(constraint).matches())) {
      throw AwsError.S3_INVALID_LOCATION_CONSTRAINT.exception(
          "The specified location-constraint is not valid",
          "The specified location-constraint is not valid ('"
              + constraint
              + "'; leave it out for us-east-1, otherwise name the region)");
    }
    String region;
    if (US_EAST_1.equals(endpoint)) {
      region = constraint == null ? US_EAST_1 : constraint;
    } else if (constraint == null || !constraint.equals(endpoint)) {
      throw AwsError.S3_ILLEGAL_LOCATION_CONSTRAINT.exception(
          "The " + (constraint == null ? "unspecified" : constraint) + " location constraint is incompatible for the region specific endpoint this request was sent to.",
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
    if (!tags.isEmpty()) {
      ops(c).putBucketTagging(r.bucket(), tags);
    }
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

  static Map<String, String> tagging(S3Request r) {
    Element root = XmlBodies.root(r.wire().body(), S3BucketActions::malformedXml);
    Map<String, String> tags = new LinkedHashMap<>();
    for (Element set : XmlBodies.children(root, "TagSet")) {
      for (Element tag : XmlBodies.children(set, "Tag")) {
        String key = XmlBodies.childText(tag, "Key");
        if (tags.put(key, XmlBodies.childText(tag, "Value")) != null) {
          throw AwsError.S3_INVALID_TAG.exception(
              "Cannot provide multiple Tags with the same key",
              "Cannot provide multiple Tags with the same key ('" + key + "').");
        }
      }
    }
    return tags;
  }

  static String q(S3Request r, String name) {
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
            + " schema");
  }

  static String canonicalId(String accountId) {
    return SigV4.hex(SigV4.sha256("simulated-account-" + accountId));
  }

  static S3Operations ops(BackendContext context) {
    return new S3Operations(context);
  }
}
