package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectRecord;
import io.hyperpod.prereqs.simulator.internal.s3.S3Operations;
import java.util.List;
import org.w3c.dom.Element;

/**
 * S3 versioning on the wire: Put/GetBucketVersioning and ListObjectVersions (prefix, key and
 * version-id markers, max-keys, url encoding); the version ids of objects travel in the object
 * actions' {@code x-amz-version-id}.
 */
final class S3VersioningActions {
  private S3VersioningActions() {}

  /** The versioning operation of a bucket request; null when it is none. */
  static S3RestService.Route route(S3Request r, String only) {
    switch (r.method() + " " + only) {
      case "PUT versioning":
        return new S3RestService.Route("PutBucketVersioning", S3VersioningActions::put);
      case "GET versioning":
        return new S3RestService.Route("GetBucketVersioning", S3VersioningActions::get);
      case "GET versions":
        return new S3RestService.Route("ListObjectVersions", S3VersioningActions::list);
      default:
        return null;
    }
  }

  private static WireResponse put(S3Request r, BackendContext c) {
    Element root = XmlBodies.root(r.wire().body(), S3BucketActions::malformedXml);
    String status = XmlBodies.childText(root, "Status");
    if (status == null) {
      throw AwsError.S3_ILLEGAL_VERSIONING_CONFIGURATION.exception(
          "The Versioning element must be specified",
          "the VersioningConfiguration has no Status (Enabled or Suspended)");
    }
    if (!status.equals("Enabled") && !status.equals("Suspended")) {
      throw S3BucketActions.malformedXml();
    }
    ops(c).putBucketVersioning(r.bucket(), status);
    return WireResponse.ok();
  }

  private static WireResponse get(S3Request r, BackendContext c) {
    Xml xml =
        Xml.document()
            .start("VersioningConfiguration", S3RestService.XMLNS)
            .element("Status", ops(c).ownedBucket(r.bucket()).versioning().orElse(null))
            .end();
    return S3RestService.xml(200, xml);
  }

  /**
   * ListObjectVersions: versions and delete markers by key, newest first, after the key marker
   * (and, within that key, after the version-id marker), at most max-keys of them.
   */
  private static WireResponse list(S3Request r, BackendContext c) {
    boolean url = S3ListActions.isUrlEncoding(r);
    String prefix = r.query("prefix").orElse("");
    String keyMarker = r.query("key-marker").orElse("");
    String versionMarker = r.query("version-id-marker").orElse("");
    int max = S3ListActions.maxKeys(r);
    S3Operations ops = ops(c);
    List<ObjectRecord> all = ops.listObjectVersions(r.bucket(), prefix);
    Xml xml =
        Xml.document()
            .start("ListVersionsResult", S3RestService.XMLNS)
            .element("Name", r.bucket())
            .element("Prefix", encoded(prefix, url))
            .element("KeyMarker", encoded(keyMarker, url))
            .element("VersionIdMarker", versionMarker)
            .element("MaxKeys", max);
    if (url) {
      xml.element("EncodingType", "url");
    }
    Xml entries = Xml.fragment();
    int listed = 0;
    boolean skipping = !versionMarker.isEmpty();
    ObjectRecord last = null;
    boolean truncated = false;
    for (ObjectRecord version : all) {
      if (!keyMarker.isEmpty() && S3Listing.compare(version.key(), keyMarker) < 0) {
        continue;
      }
      if (!keyMarker.isEmpty() && version.key().equals(keyMarker)) {
        if (!skipping) {
          continue;
        }
        if (version.versionId().equals(versionMarker)) {
          skipping = false;
        }
        continue;
      }
      if (listed == max) {
        truncated = true;
        break;
      }
      entry(entries, version, ops.isLatest(r.bucket(), version), url, c);
      last = version;
      listed++;
    }
    xml.element("IsTruncated", truncated);
    if (truncated) {
      xml.element("NextKeyMarker", encoded(last.key(), url))
          .element("NextVersionIdMarker", last.versionId());
    }
    return S3RestService.xml(200, xml.append(entries).end());
  }

  private static void entry(
      Xml xml, ObjectRecord version, boolean latest, boolean url, BackendContext c) {
    xml.start(version.isDeleteMarker() ? "DeleteMarker" : "Version")
        .element("Key", encoded(version.key(), url))
        .element("VersionId", version.versionId())
        .element("IsLatest", latest)
        .element("LastModified", version.lastModified());
    if (!version.isDeleteMarker()) {
      xml.element("ETag", "\"" + version.etag() + "\"")
          .element("ChecksumAlgorithm", version.checksumAlgorithm())
          .element("ChecksumType", version.checksumAlgorithm() == null ? null : "FULL_OBJECT")
          .element("Size", version.size())
          .element("StorageClass", "STANDARD");
    }
    xml.start("Owner").element("ID", S3BucketActions.canonicalId(c.accountId())).end().end();
  }

  private static String encoded(String value, boolean url) {
    return url ? SigV4.encode(value, false) : value;
  }

  private static S3Operations ops(BackendContext context) {
    return new S3Operations(context);
  }
}
