package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectTagging;
import io.hyperpod.prereqs.simulator.internal.s3.S3Operations;
import java.util.Map;

/** S3 object tagging on the wire: Get/Put/DeleteObjectTagging ({@code ?tagging} on a key). */
final class S3ObjectTaggingActions {
  private S3ObjectTaggingActions() {}

  /** The tagging operation of a {@code ?tagging} request on a key; null for other methods. */
  static S3RestService.Route route(S3Request r) {
    switch (r.method()) {
      case "GET":
        return new S3RestService.Route("GetObjectTagging", S3ObjectTaggingActions::get);
      case "PUT":
        return new S3RestService.Route(
            "PutObjectTagging",
            (q, c) -> {
              Map<String, String> tags = S3BucketActions.tagging(q);
              tagging(c).put(q.bucket(), q.key(), tags);
              return WireResponse.ok();
            });
      case "DELETE":
        return new S3RestService.Route(
            "DeleteObjectTagging",
            (q, c) -> S3BucketActions.noContent(() -> tagging(c).delete(q.bucket(), q.key())));
      default:
        return null;
    }
  }

  private static WireResponse get(S3Request r, BackendContext c) {
    Xml xml = Xml.document().start("Tagging", S3RestService.XMLNS).start("TagSet");
    tagging(c)
        .get(r.bucket(), r.key())
        .forEach((k, v) -> xml.start("Tag").element("Key", k).element("Value", v).end());
    return S3RestService.xml(200, xml.end().end());
  }

  /** {@code x-amz-tagging-count} for an object with tags. */
  static void countHeader(WireResponse response, Map<String, String> tags) {
    if (!tags.isEmpty()) {
      response.header("x-amz-tagging-count", Integer.toString(tags.size()));
    }
  }

  private static ObjectTagging tagging(BackendContext context) {
    return new ObjectTagging(new S3Operations(context));
  }
}
