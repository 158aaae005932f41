package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.s3.MultipartUploads;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectRecord;
import io.hyperpod.prereqs.simulator.internal.s3.ObjectTagging;
import io.hyperpod.prereqs.simulator.internal.s3.UploadRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * S3 multipart uploads on the wire: Create ({@code POST ?uploads}), UploadPart ({@code PUT
 * ?partNumber&uploadId}), Complete ({@code POST ?uploadId}), Abort ({@code DELETE ?uploadId}),
 * ListParts ({@code GET ?uploadId}) on a key, ListMultipartUploads ({@code GET ?uploads}) on a
 * bucket.
 */
final class S3MultipartActions {
  private S3MultipartActions() {}

  /** The multipart operation of the request; null when it is none. */
  static S3RestService.Route route(S3Request r) {
    Set<String> sub = r.subresources();
    String m = r.method();
    if (r.key() == null) {
      return m.equals("GET") && sub.equals(Set.of("uploads"))
          ? new S3RestService.Route("ListMultipartUploads", S3MultipartActions::listUploads)
          : null;
    }
    if (m.equals("POST") && sub.equals(Set.of("uploads"))) {
      return new S3RestService.Route("CreateMultipartUpload", S3MultipartActions::create);
    }
    if (m.equals("PUT") && sub.equals(Set.of("partNumber", "uploadId"))
        && r.header("x-amz-copy-source").isEmpty()) {
      return new S3RestService.Route("UploadPart", S3MultipartActions::uploadPart);
    }
    if (!sub.equals(Set.of("uploadId"))) {
      return null;
    }
    switch (m) {
      case "POST":
        return new S3RestService.Route("CompleteMultipartUpload", S3MultipartActions::complete);
      case "DELETE":
        return new S3RestService.Route(
            "AbortMultipartUpload",
            (q, c) ->
                S3BucketActions.noContent(
                    () -> uploads(c).abort(q.bucket(), q.key(), uploadId(q))));
      case "GET":
        return new S3RestService.Route("ListParts", S3MultipartActions::listParts);
      default:
        return null;
    }
  }

  private static WireResponse create(S3Request r, BackendContext c) {
    UploadRecord upload =
        uploads(c)
            .create(
                r.bucket(),
                r.key(),
                r.header("Content-Type").orElse(null),
                S3CopyActions.metadata(r),
                ObjectTagging.fromHeader(r.header("x-amz-tagging").orElse(null)));
    return S3RestService.xml(
        200,
        Xml.document()
            .start("InitiateMultipartUploadResult", S3RestService.XMLNS)
            .element("Bucket", r.bucket())
            .element("Key", r.key())
            .element("UploadId", upload.uploadId())
            .end());
  }

  private static WireResponse uploadPart(S3Request r, BackendContext c) {
    byte[] body = r.wire().body();
    Map<String, String> trailers = new HashMap<>();
    if (AwsChunked.applies(r.wire())) {
      body = AwsChunked.decode(body, trailers);
    }
    Map<String, String> checksums = S3Checksums.verify(r.wire(), body, trailers);
    int partNumber;
    try {
      partNumber = Integer.parseInt(r.query("partNumber").orElse(""));
    } catch (NumberFormatException e) {
      throw AwsError.S3_INVALID_ARGUMENT.exception(
          "Part number must be an integer between 1 and 10000, inclusive");
    }
    UploadRecord.Part part =
        uploads(c).uploadPart(r.bucket(), r.key(), uploadId(r), partNumber, body);
    WireResponse response = WireResponse.ok().header("ETag", "\"" + part.etag() + "\"");
    checksums.forEach(response::header);
    return response;
  }

  private static WireResponse complete(S3Request r, BackendContext c) {
    Element root = XmlBodies.root(r.wire().body(), S3BucketActions::malformedXml);
    List<MultipartUploads.CompletedPart> parts = new ArrayList<>();
    for (Element part : XmlBodies.children(root, "Part")) {
      String number = XmlBodies.childText(part, "PartNumber");
      try {
        parts.add(new MultipartUploads.CompletedPart(
            Integer.parseInt(number.trim()), XmlBodies.childText(part, "ETag")));
      } catch (RuntimeException e) {
        throw S3BucketActions.malformedXml();
      }
    }
    ObjectRecord object = uploads(c).complete(r.bucket(), r.key(), uploadId(r), parts);
    return S3RestService.xml(
        200,
        Xml.document()
            .start("CompleteMultipartUploadResult", S3RestService.XMLNS)
            .element("Location", "/" + r.bucket() + "/" + r.key())
            .element("Bucket", r.bucket())
            .element("Key", r.key())
            .element("ETag", "\"" + object.etag() + "\"")
            .end());
  }

  private static WireResponse listParts(S3Request r, BackendContext c) {
    UploadRecord upload = uploads(c).upload(r.bucket(), r.key(), uploadId(r));
    Xml xml =
        Xml.document()
            .start("ListPartsResult", S3RestService.XMLNS)
            .element("Bucket", r.bucket())
            .element("Key", r.key())
            .element("UploadId", upload.uploadId())
            .element("PartNumberMarker", 0)
            .element("NextPartNumberMarker",
                upload.parts().isEmpty() ? 0 : ((java.util.TreeMap<Integer, UploadRecord.Part>)
                    upload.parts()).lastKey())
            .element("MaxParts", 1000)
            .element("IsTruncated", false);
    upload.parts().forEach(
        (number, part) ->
            xml.start("Part")
                .element("PartNumber", number)
                .element("LastModified", part.lastModified())
                .element("ETag", "\"" + part.etag() + "\"")
                .element("Size", part.size())
                .end());
    owner(xml, "Initiator", c).element("StorageClass", "STANDARD");
    owner(xml, "Owner", c);
    return S3RestService.xml(200, xml.end());
  }

  private static WireResponse listUploads(S3Request r, BackendContext c) {
    String prefix = r.query("prefix").orElse(null);
    boolean url = S3ListActions.isUrlEncoding(r);
    Xml xml =
        Xml.document()
            .start("ListMultipartUploadsResult", S3RestService.XMLNS)
            .element("Bucket", r.bucket())
            .element("EncodingType", url ? "url" : null)
            .element("KeyMarker", "")
            .element("UploadIdMarker", "")
            .element("MaxUploads", 1000)
            .element("IsTruncated", false);
    for (UploadRecord upload : uploads(c).list(r.bucket(), prefix)) {
      xml.start("Upload")
          .element("Key", url ? SigV4.encode(upload.key(), false) : upload.key()).element("UploadId", upload.uploadId());
      owner(xml, "Initiator", c);
      owner(xml, "Owner", c);
      xml.element("StorageClass", "STANDARD").element("Initiated", upload.initiated()).end();
    }
    return S3RestService.xml(200, xml.end());
  }

  private static Xml owner(Xml xml, String name, BackendContext c) {
    return xml.start(name).element("ID", S3BucketActions.canonicalId(c.accountId())).end();
  }

  private static String uploadId(S3Request r) {
    return r.query("uploadId").orElse("");
  }

  private static MultipartUploads uploads(BackendContext context) {
    return new MultipartUploads(context);
  }
}
