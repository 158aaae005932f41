package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.AwsRegions;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.s3.BucketRecord;
import io.hyperpod.prereqs.simulator.internal.s3.S3Operations;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/** S3's bucket operations on the wire: create/head/delete, location, policy, tags, listings. */
final class S3BucketActions {
  private static final String US_EAST_1 = "us-east-1";
  private static final int MAX_BUCKETS = 10000;

  private S3BucketActions() {}

  /** The operation of a request on a bucket (no key); null when the simulator has none. */
  static S3RestService.Route route(S3Request r) {
    Set<String> sub = r.subresources();
    String only = sub.size() == 1 ? sub.iterator().next() : sub.isEmpty() ? "" : null;
    if (only == null) {
      return null;
    }
    S3RestService.Route versioning = S3VersioningActions.route(r, only);
    if (versioning != null) {
      return versioning;
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

  /**
   * ListBuckets: the caller's buckets by name, those whose name starts with {@code prefix} and
   * (with {@code bucket-region}) in that region; with {@code max-buckets}, a page and the token of
   * the next.
   */
  static WireResponse listBuckets(S3Request r, BackendContext c) {
    String prefix = r.query("prefix").orElse(null);
    String region = r.query("bucket-region").orElse(null);
    if (region != null && !AwsRegions.isRegion(region)) {
      throw S3RestService.invalidArgument(
          "Argument value " + region + " is not a valid AWS Region",
          "bucket-region",
          region,
          false,
          "bucket-region '" + region + "' is not a region of AWS");
    }
    int max = maxBuckets(r);
    String after = r.query("continuation-token").filter(t -> !t.isEmpty()).map(S3BucketActions::afterToken).orElse(null);
    Xml xml = Xml.document().start("ListAllMyBucketsResult", S3RestService.XMLNS).start("Buckets");
    String last = null;
    int listed = 0;
    boolean more = false;
    for (BucketRecord bucket : ops(c).listBuckets()) {
      if ((prefix != null && !bucket.name().startsWith(prefix))
          || (region != null && !region.equals(bucket.region()))
          || (after != null && bucket.name().compareTo(after) <= 0)) {
        continue;
      }
      if (listed == max) {
        more = true;
        break;
      }
      xml.start("Bucket")
          .element("Name", bucket.name())
          .element("CreationDate", bucket.creationDate())
          .element("BucketRegion", bucket.region())
          .element("BucketArn", "arn:aws:s3:::" + bucket.name())
          .end();
      last = bucket.name();
      listed++;
    }
    xml.end().start("Owner").element("ID", canonicalId(c.accountId())).end();
    if (more) {
      xml.element("ContinuationToken", token(last));
    }
    xml.element("Prefix", prefix);
    return S3RestService.xml(200, xml.end());
  }

  private static int maxBuckets(S3Request r) {
    String text = r.query("max-buckets").orElse(null);
    if (text == null) {
      return MAX_BUCKETS;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= 1 && value <= MAX_BUCKETS) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw S3RestService.invalidArgument(
        "Argument max-buckets must be an integer between 1 and 10000.",
        "max-buckets",
        text,
        true,
        "max-buckets '" + text + "' is not an integer from 1 to 10000");
  }

  private static String token(String lastName) {
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("b" + lastName).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String afterToken(String token) {
    String text;
    try {
      text =
          new String(
              java.util.Base64.getUrlDecoder().decode(token),
              java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      text = "";
    }
    if (!text.startsWith("b")) {
      throw S3RestService.invalidArgument(
          "The continuation token provided is incorrect",
          "continuation-token",
          token,
          false,
          "the continuation token '" + token + "' is not one ListBuckets gave");
    }
    return text.substring(1);
  }

  /**
   * CreateBucket with S3's location rules. On us-east-1's endpoint a constraint names the region
   * (or EU, for eu-west-1), none means us-east-1, which may not be named; anything else is
   * InvalidLocationConstraint. A regional endpoint only creates in its own region (EU on
   * eu-west-1's): any other constraint, or none, is IllegalLocationConstraintException.
   */
  private static WireResponse createBucket(S3Request r, BackendContext c) {
    String constraint = null;
    Map<String, String> tags = new LinkedHashMap<>();
    byte[] body = r.wire().body();
    if (body.length > 0 && !r.wire().bodyText().isBlank()) {
      Element root = XmlBodies.root(body, S3BucketActions::malformedXml);
      constraint = XmlBodies.childText(root, "LocationConstraint");
      tags = CreateBucketTags.read(root);
      if (constraint != null && constraint.isBlank()) {
        constraint = null;
      }
    }
    String endpoint = c.region();
    String region;
    if (US_EAST_1.equals(endpoint)) {
      region = constraint == null ? US_EAST_1 : regionOf(constraint);
      if (US_EAST_1.equals(constraint) || region == null) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("LocationConstraint", constraint);
        throw AwsError.S3_INVALID_LOCATION_CONSTRAINT.exception(
            "The specified location-constraint is not valid",
            "location constraint '"
                + constraint
                + "': leave it out for us-east-1, otherwise name a region",
            fields);
      }
    } else if (constraint == null || !endpoint.equals(regionOf(constraint))) {
      throw AwsError.S3_ILLEGAL_LOCATION_CONSTRAINT.exception(
          "The "
              + (constraint == null ? "unspecified" : constraint)
              + " location constraint is incompatible for the region specific endpoint this"
              + " request was sent to.",
          "this endpoint is "
              + endpoint
              + "'s, which creates buckets only with LocationConstraint "
              + endpoint);
    } else {
      region = endpoint;
    }
    ops(c).createBucket(r.bucket(), region, constraint, tags);
    return WireResponse.ok()
        .header(
            "Location",
            US_EAST_1.equals(region) ? "/" + r.bucket() : "http://" + r.bucket() + ".s3.amazonaws.com/")
        .header("x-amz-bucket-arn", "arn:aws:s3:::" + r.bucket());
  }

  /** The region a location constraint names: itself, eu-west-1 for EU; null for no region. */
  private static String regionOf(String constraint) {
    if ("EU".equals(constraint)) {
      return "eu-west-1";
    }
    return AwsRegions.isRegion(constraint) ? constraint : null;
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
        .header("x-amz-bucket-arn", "arn:aws:s3:::" + bucket.name())
        .header("x-amz-bucket-region", bucket.region())
        .header("x-amz-access-point-alias", "false");
  }

  private static WireResponse location(S3Request r, BackendContext c) {
    Xml xml =
        Xml.document()
            .start("LocationConstraint", S3RestService.XMLNS)
            .append(textFragment(ops(c).ownedBucket(r.bucket()).locationConstraint()))
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
