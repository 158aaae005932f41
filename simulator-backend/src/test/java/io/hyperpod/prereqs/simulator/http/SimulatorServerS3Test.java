package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.Tag;

/** S3 served to the AWS SDK for Java v2, with its default (aws-chunked) and plain uploads. */
class SimulatorServerS3Test {
  static AwsSimulator simulator;
  static SimulatorServer server;
  static S3Client s3;

  @BeforeAll
  static void start() {
    simulator = AwsSimulator.create();
    server = SimulatorServer.builder(simulator).start();
    s3 = SdkClients.s3(server.endpoint(), SdkClients.REGION);
  }

  @AfterAll
  static void stop() {
    s3.close();
    server.stop();
  }

  @Test
  void putObject_sdkDefaultsOverHttp_storesTheDecodedBytesWithTheirMd5ETag() {
    s3.createBucket(r -> r.bucket("wire-chunked"));
    byte[] content = "alice,2001,/fsx/alice\n".repeat(500).getBytes(StandardCharsets.UTF_8);

    String etag =
        s3.putObject(
                r -> r.bucket("wire-chunked").key("dir/users.txt").contentType("text/plain"),
                RequestBody.fromBytes(content))
            .eTag();

    assertThat(simulator.backend("us-west-2").s3().getObject("wire-chunked", "dir/users.txt"))
        .hasValue(content);
    assertThat(etag).matches("\"[0-9a-f]{32}\"");
    assertThat(s3.getObjectAsBytes(r -> r.bucket("wire-chunked").key("dir/users.txt")).asByteArray())
        .isEqualTo(content);
  }

  @Test
  void putObject_plainBodyWithCrc32Header_isAccepted() {
    s3.createBucket(r -> r.bucket("wire-plain"));
    try (S3Client plain =
        S3Client.builder()
            .endpointOverride(server.endpoint())
            .forcePathStyle(true)
            .region(SdkClients.REGION)
            .credentialsProvider(SdkClients.anyCredentials())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .serviceConfiguration(c -> c.chunkedEncodingEnabled(false))
            .build()) {
      plain.putObject(
          r -> r.bucket("wire-plain").key("a").checksumAlgorithm(ChecksumAlgorithm.CRC32),
          RequestBody.fromString("hello"));

      assertThat(plain.getObjectAsBytes(r -> r.bucket("wire-plain").key("a")).asUtf8String())
          .isEqualTo("hello");
    }
  }

  @Test
  void headBucket_missing_failsWithNoSuchBucket404() {
    assertThatExceptionOfType(NoSuchBucketException.class)
        .isThrownBy(() -> s3.headBucket(r -> r.bucket("wire-nowhere")))
        .satisfies(e -> assertThat(e.statusCode()).isEqualTo(404));
  }

  @Test
  void headBucket_expectedOwnerIsAnotherAccount_fails403() {
    s3.createBucket(r -> r.bucket("wire-owned"));

    assertThatExceptionOfType(S3Exception.class)
        .isThrownBy(
            () -> s3.headBucket(r -> r.bucket("wire-owned").expectedBucketOwner("999999999999")))
        .satisfies(e -> assertThat(e.statusCode()).isEqualTo(403));
    assertThat(s3.headBucket(r -> r.bucket("wire-owned")).bucketRegion()).isEqualTo("us-west-2");
  }

  @Test
  void headObject_missing_failsWithNoSuchKey404_andPresentOneHasItsLength() {
    s3.createBucket(r -> r.bucket("wire-head"));
    s3.putObject(r -> r.bucket("wire-head").key("k"), RequestBody.fromString("12345"));

    assertThatExceptionOfType(NoSuchKeyException.class)
        .isThrownBy(() -> s3.headObject(r -> r.bucket("wire-head").key("missing")));
    HeadObjectResponse head = s3.headObject(r -> r.bucket("wire-head").key("k"));
    assertThat(head.contentLength()).isEqualTo(5);
    assertThat(head.lastModified()).isNotNull();
  }

  @Test
  void getObject_missingKey_failsWithNoSuchKey() {
    s3.createBucket(r -> r.bucket("wire-get"));

    assertThatExceptionOfType(NoSuchKeyException.class)
        .isThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket("wire-get").key("nothing")))
        .satisfies(e -> assertThat(e.statusCode()).isEqualTo(404));
  }

  @Test
  void createBucket_ownedAlready_failsWithBucketAlreadyOwnedByYou409() {
    s3.createBucket(r -> r.bucket("wire-mine"));

    assertThatExceptionOfType(BucketAlreadyOwnedByYouException.class)
        .isThrownBy(() -> s3.createBucket(r -> r.bucket("wire-mine")))
        .satisfies(e -> assertThat(e.statusCode()).isEqualTo(409));
  }

  @Test
  void createBucket_inUsEast1_createsThereAndIsIdempotent() {
    try (S3Client east = SdkClients.s3(server.endpoint(), Region.US_EAST_1)) {
      east.createBucket(r -> r.bucket("wire-east"));
      east.createBucket(r -> r.bucket("wire-east"));

      assertThat(east.getBucketLocation(r -> r.bucket("wire-east")).locationConstraintAsString())
          .isEmpty();
    }
  }

  @Test
  void bucketPolicy_putGetDelete_returnsTheDocumentAndThenNoSuchBucketPolicy() {
    s3.createBucket(r -> r.bucket("wire-policy"));
    String policy =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\","
            + "\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::wire-policy\","
            + "\"arn:aws:s3:::wire-policy/*\"],\"Condition\":{\"StringNotEquals\":"
            + "{\"aws:sourceVpce\":\"vpce-1\"}}}]}";

    s3.putBucketPolicy(r -> r.bucket("wire-policy").policy(policy));

    assertThat(s3.getBucketPolicy(r -> r.bucket("wire-policy")).policy()).isEqualTo(policy);
    s3.deleteBucketPolicy(r -> r.bucket("wire-policy"));
    assertThatExceptionOfType(S3Exception.class)
        .isThrownBy(() -> s3.getBucketPolicy(r -> r.bucket("wire-policy")))
        .satisfies(
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucketPolicy");
            });
  }

  @Test
  void bucketTagging_putGet_roundTrips() {
    s3.createBucket(r -> r.bucket("wire-tags"));

    s3.putBucketTagging(
        r ->
            r.bucket("wire-tags")
                .tagging(t -> t.tagSet(Tag.builder().key("stack").value("demo").build())));

    assertThat(s3.getBucketTagging(r -> r.bucket("wire-tags")).tagSet())
        .containsExactly(Tag.builder().key("stack").value("demo").build());
  }

  @Test
  void listObjectsV2_delimiterAndSmallPages_walksEveryKeyAndPrefixOnce() {
    s3.createBucket(r -> r.bucket("wire-list"));
    for (String key : List.of("a.txt", "b/1", "b/2", "c/1", "d.txt", "e.txt")) {
      s3.putObject(r -> r.bucket("wire-list").key(key), RequestBody.fromString(key));
    }

    ListObjectsV2Response first =
        s3.listObjectsV2(r -> r.bucket("wire-list").delimiter("/").maxKeys(2));
    List<String> keys =
        s3.listObjectsV2Paginator(r -> r.bucket("wire-list").delimiter("/").maxKeys(2))
            .contents()
            .stream()
            .map(S3Object::key)
            .collect(Collectors.toList());
    List<String> prefixes =
        s3.listObjectsV2Paginator(r -> r.bucket("wire-list").delimiter("/").maxKeys(2))
            .commonPrefixes()
            .stream()
            .map(CommonPrefix::prefix)
            .collect(Collectors.toList());

    assertThat(first.isTruncated()).isTrue();
    assertThat(first.keyCount()).isEqualTo(2);
    assertThat(keys).containsExactly("a.txt", "d.txt", "e.txt");
    assertThat(prefixes).containsExactly("b/", "c/");
  }

  @Test
  void deleteObjects_batch_deletesEveryKey() {
    s3.createBucket(r -> r.bucket("wire-batch"));
    for (String key : List.of("x", "y")) {
      s3.putObject(r -> r.bucket("wire-batch").key(key), RequestBody.fromString(key));
    }

    s3.deleteObjects(
        r ->
            r.bucket("wire-batch")
                .delete(d -> d.objects(o -> o.key("x"), o -> o.key("y"))));

    assertThat(s3.listObjectsV2(r -> r.bucket("wire-batch")).contents()).isEmpty();
    s3.deleteBucket(r -> r.bucket("wire-batch"));
    assertThat(simulator.backend("us-west-2").s3().headBucket("wire-batch").name())
        .isEqualTo("NOT_FOUND");
  }

  @Test
  void getObject_range_answers206WithThoseBytes() {
    s3.createBucket(r -> r.bucket("wire-range"));
    s3.putObject(r -> r.bucket("wire-range").key("k"), RequestBody.fromString("0123456789"));

    assertThat(
            s3.getObjectAsBytes(r -> r.bucket("wire-range").key("k").range("bytes=2-4"))
                .asUtf8String())
        .isEqualTo("234");
  }
}
