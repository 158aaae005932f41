package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectRecord;
import io.hyperpod.prereqs.simulator.internal.s3.S3Operations;

/**
 * ListObjectsV2 (continuation tokens, start-after) and ListObjects (markers) on the wire: prefix,
 * delimiter, {@code max-keys} (at most 1000) and {@code encoding-type=url}, which boto3 always asks
 * for.
 */
final class S3ListActions {
  private S3ListActions() {}

  static WireResponse listObjectsV2(S3Request r, BackendContext c) {
    Request q = new Request(r);
    String after = r.query("start-after").orElse(null);
    String skipPrefix = null;
    String token = r.query("continuation-token").orElse(null);
    if (token != null) {
      String[] resume = S3Listing.readToken(token);
      after = resume[0];
      skipPrefix = resume[1];
    }
    S3Listing listing = q.list(c, after, skipPrefix);
    Xml xml =
        q.head()
            .element("KeyCount", listing.contents.size() + listing.commonPrefixes.size())
            .element("IsTruncated", listing.truncated())
            .element("ContinuationToken", token)
            .element(
                "NextContinuationToken", listing.truncated() ? listing.continuationToken() : null)
            .element(
                "StartAfter",
                token == null ? q.encoded(r.query("start-after").orElse(null)) : null);
    return q.contents(
        xml,
        listing,
        r.query("fetch-owner").filter("true"::equals).isPresent()
            ? S3BucketActions.canonicalId(c.accountId())
            : null);
  }

  static WireResponse listObjects(S3Request r, BackendContext c) {
    Request q = new Request(r);
    String marker = r.query("marker").orElse(null);
    S3Listing listing = q.list(c, marker, null);
    Xml xml =
        q.head()
            .element("Marker", q.encoded(marker == null ? "" : marker))
            .element("IsTruncated", listing.truncated())
            .element(
                "NextMarker",
                listing.truncated() && q.delimiter != null ? q.encoded(listing.last) : null);
    return q.contents(xml, listing, S3BucketActions.canonicalId(c.accountId()));
  }

  /** The parameters both listings share. */
  private static final class Request {
    final S3Request wire;
    final String prefix;
    final String delimiter;
    final int maxKeys;
    final boolean url;

    Request(S3Request wire) {
      this.wire = wire;
      this.prefix = S3BucketActions.q(wire, "prefix");
      this.delimiter = wire.query("delimiter").orElse(null);
      this.maxKeys = maxKeys(wire);
      this.url = isUrlEncoding(wire);
    }

    S3Listing list(BackendContext c, String after, String skipPrefix) {
      return S3Listing.of(
          new S3Operations(c).listObjects(wire.bucket(), prefix),
          prefix,
          delimiter,
          after,
          skipPrefix,
          maxKeys);
    }

    Xml head() {
      return Xml.document()
          .start("ListBucketResult", S3RestService.XMLNS)
          .element("Name", wire.bucket())
          .element("Prefix", encoded(prefix))
          .element("Delimiter", delimiter == null || delimiter.isEmpty() ? null : encoded(delimiter))
          .element("MaxKeys", maxKeys)
          .element("EncodingType", url ? "url" : null);
    }

    /** The page's entries; {@code owner} (ListObjects v1 always, v2 with fetch-owner) adds Owner. */
    WireResponse contents(Xml xml, S3Listing listing, String owner) {
      for (ObjectRecord object : listing.contents) {
        xml.start("Contents")
            .element("Key", encoded(object.key()))
            .element("LastModified", object.lastModified())
            .element("ETag", "\"" + object.etag() + "\"")
            .element("ChecksumAlgorithm", object.checksumAlgorithm())
            .element("ChecksumType", object.checksumAlgorithm() == null ? null : "FULL_OBJECT")
            .element("Size", object.size())
            .element("StorageClass", "STANDARD");
        if (owner != null) {
          xml.start("Owner").element("ID", owner).end();
        }
        xml.end();
      }
      for (String common : listing.commonPrefixes) {
        xml.start("CommonPrefixes").element("Prefix", encoded(common)).end();
      }
      return S3RestService.xml(200, xml.end());
    }

    String encoded(String value) {
      return value == null || !url ? value : SigV4.encode(value, false);
    }
  }

  /** {@code max-keys}: at most 1000 (the default); InvalidArgument when it is no such number. */
  static int maxKeys(S3Request r) {
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
        "Provided max-keys not an integer or within integer range",
        "Provided max-keys not an integer or within integer range ('" + text + "').");
  }

  /** {@code encoding-type}: true for url, false when absent; InvalidArgument for anything else. */
  static boolean isUrlEncoding(S3Request r) {
    String encoding = r.query("encoding-type").orElse(null);
    if (encoding == null) {
      return false;
    }
    if (!encoding.equals("url")) {
      throw S3RestService.invalidArgument(
          "Invalid Encoding Method specified in Request",
          "encoding-type",
          encoding,
          true,
          "encoding-type '" + encoding + "' is not valid; only url is");
    }
    return true;
  }
}
