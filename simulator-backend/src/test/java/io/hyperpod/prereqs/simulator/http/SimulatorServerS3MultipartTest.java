package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** S3 multipart uploads served to the AWS SDK for Java v2. */
class SimulatorServerS3MultipartTest {
  static final String BUCKET = "sagemaker-multipart-tests";
  static final int MIB = 1024 * 1024;

  AwsSimulator simulator;
  SimulatorServer server;
  S3Client s3;

  @BeforeEach
  void start() {
    simulator = AwsSimulator.create();
    server = SimulatorServer.builder(simulator).start();
    s3 = SdkClients.s3(server.endpoint(), SdkClients.REGION);
    s3.createBucket(r -> r.bucket(BUCKET)
        .createBucketConfiguration(c -> c.locationConstraint("us-west-2")));
  }

  @AfterEach
  void stop() {
    s3.close();
    server.stop();
  }

  String create(String key) {
    return s3.createMultipartUpload(r -> r.bucket(BUCKET).key(key).contentType("text/csv")).uploadId();
  }

  String part(String key, String uploadId, int number, byte[] content) {
    return s3.uploadPart(r -> r.bucket(BUCKET).key(key).uploadId(uploadId).partNumber(number),
        RequestBody.fromBytes(content)).eTag();
  }

  static CompletedPart done(int number, String etag) {
    return CompletedPart.builder().partNumber(number).eTag(etag).build();
  }

  static String error(Runnable call) {
    try {
      call.run();
    } catch (S3Exception e) {
      return e.awsErrorDetails().errorCode() + " " + e.statusCode() + " "
          + e.awsErrorDetails().errorMessage();
    }
    throw new AssertionError("the call was accepted");
  }

  static byte[] md5(byte[] b) throws Exception {
    return MessageDigest.getInstance("MD5").digest(b);
  }

  @Test
  void upload_inParts_becomesOneObjectWhoseEtagIsTheMd5OfThePartMd5s() throws Exception {
    byte[] first = new byte[5 * MIB];
    Arrays.fill(first, (byte) 'a');
    byte[] last = "tail".getBytes();
    String id = create("big.csv");
    String e1 = part("big.csv", id, 1, first);
    String e2 = part("big.csv", id, 2, last);
    assertThat(s3.listParts(r -> r.bucket(BUCKET).key("big.csv").uploadId(id)).parts())
        .extracting(p -> p.partNumber() + ":" + p.size())
        .containsExactly("1:" + first.length, "2:4");
    assertThat(s3.listMultipartUploads(r -> r.bucket(BUCKET)).uploads())
        .extracting(u -> u.key() + " " + u.uploadId()).containsExactly("big.csv " + id);

    String etag = s3.completeMultipartUpload(r -> r.bucket(BUCKET).key("big.csv").uploadId(id)
        .multipartUpload(m -> m.parts(done(1, e1), done(2, e2)))).eTag();

    byte[] both = new byte[32];
    System.arraycopy(md5(first), 0, both, 0, 16);
    System.arraycopy(md5(last), 0, both, 16, 16);
    assertThat(etag).isEqualTo("\"" + HexFormat.of().formatHex(md5(both)) + "-2\"");
    byte[] read = s3.getObjectAsBytes(r -> r.bucket(BUCKET).key("big.csv")).asByteArray();
    assertThat(read).hasSize(first.length + last.length);
    assertThat(Arrays.copyOfRange(read, first.length, read.length)).isEqualTo(last);
    assertThat(s3.headObject(r -> r.bucket(BUCKET).key("big.csv")).contentType()).isEqualTo("text/csv");
    assertThat(s3.listMultipartUploads(r -> r.bucket(BUCKET)).uploads()).isEmpty();
    assertThat(error(() -> s3.listParts(r -> r.bucket(BUCKET).key("big.csv").uploadId(id))))
        .isEqualTo("NoSuchUpload 404 The specified upload does not exist. The upload ID may be"
            + " invalid, or the upload may have been aborted or completed.");
  }

  @Test
  void complete_refusesSmallPartsUnknownPartsAndDisorder() {
    String id = create("k");
    String e1 = part("k", id, 1, "small".getBytes());
    String e2 = part("k", id, 2, "tail".getBytes());

    assertThat(error(() -> s3.completeMultipartUpload(r -> r.bucket(BUCKET).key("k").uploadId(id)
            .multipartUpload(m -> m.parts(done(1, e1), done(2, e2))))))
        .isEqualTo("EntityTooSmall 400 Your proposed upload is smaller than the minimum allowed size");
    assertThat(error(() -> s3.completeMultipartUpload(r -> r.bucket(BUCKET).key("k").uploadId(id)
            .multipartUpload(m -> m.parts(done(1, "\"0000\""))))))
        .isEqualTo("InvalidPart 400 One or more of the specified parts could not be found.  The"
            + " part may not have been uploaded, or the specified entity tag may not match the"
            + " part's entity tag.");
    assertThat(error(() -> s3.completeMultipartUpload(r -> r.bucket(BUCKET).key("k").uploadId(id)
            .multipartUpload(m -> m.parts(done(2, e2), done(1, e1))))))
        .isEqualTo("InvalidPartOrder 400 The list of parts was not in ascending order. Parts must"
            + " be ordered by part number.");
    assertThat(s3.completeMultipartUpload(r -> r.bucket(BUCKET).key("k").uploadId(id)
            .multipartUpload(m -> m.parts(done(2, e2)))).eTag())
        .endsWith("-1\"");
    assertThat(s3.getObjectAsBytes(r -> r.bucket(BUCKET).key("k")).asUtf8String()).isEqualTo("tail");
  }

  @Test
  void abort_forgetsTheUploadAndItsParts() {
    String id = create("gone");
    part("gone", id, 1, "x".getBytes());
    s3.abortMultipartUpload(r -> r.bucket(BUCKET).key("gone").uploadId(id));
    assertThat(s3.listMultipartUploads(r -> r.bucket(BUCKET)).uploads()).isEmpty();
    assertThat(error(() -> part("gone", id, 2, "y".getBytes()))).startsWith("NoSuchUpload 404");
    assertThat(error(() -> s3.abortMultipartUpload(r -> r.bucket(BUCKET).key("gone").uploadId(id))))
        .startsWith("NoSuchUpload 404");
    assertThat(error(() -> part("other", create("other"), 10001, "y".getBytes())))
        .isEqualTo("InvalidArgument 400 Part number must be an integer between 1 and 10000, inclusive");
  }
}
