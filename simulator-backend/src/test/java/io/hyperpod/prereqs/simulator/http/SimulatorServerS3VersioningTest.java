package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** S3 versioning and ListBuckets paging served to the AWS SDK for Java v2. */
class SimulatorServerS3VersioningTest {
  static final String BUCKET = "versioning-tests";

  AwsSimulator simulator;
  SimulatorServer server;
  S3Client s3;

  @BeforeEach
  void start() {
    simulator = AwsSimulator.create();
    server = SimulatorServer.builder(simulator).start();
    s3 = SdkClients.s3(server.endpoint(), SdkClients.REGION);
    s3.createBucket(r -> r.bucket(BUCKET)
        .createBucketConfiguration(c -> c.locationConstraint(SdkClients.REGION.id())));
  }

  @AfterEach
  void stop() {
    s3.close();
    server.stop();
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

  String put(String key, String content) {
    return s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromString(content))
        .versionId();
  }

  String get(String key, String versionId) {
    return s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(key).versionId(versionId)).asUtf8String();
  }

  void versioning(BucketVersioningStatus status) {
    s3.putBucketVersioning(r -> r.bucket(BUCKET).versioningConfiguration(v -> v.status(status)));
  }

  @Test
  void enabled_everyPutIsAVersion_aDeleteIsAMarker_andDeletingTheMarkerBringsTheObjectBack() {
    versioning(BucketVersioningStatus.ENABLED);
    String first = put("k", "one");
    String second = put("k", "two");

    assertThat(first).isNotEqualTo(second).hasSize(32);
    assertThat(get("k", first)).isEqualTo("one");
    assertThat(get("k", null)).isEqualTo("two");
    ListObjectVersionsResponse versions = s3.listObjectVersions(r -> r.bucket(BUCKET));
    assertThat(versions.versions()).extracting(v -> v.versionId(), v -> v.isLatest())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(second, true),
            org.assertj.core.groups.Tuple.tuple(first, false));

    var deleted = s3.deleteObject(r -> r.bucket(BUCKET).key("k"));
    assertThat(deleted.deleteMarker()).isTrue();
    assertThat(error(() -> get("k", null))).startsWith("NoSuchKey 404");
    assertThat(error(() -> get("k", deleted.versionId()))).startsWith("MethodNotAllowed 405");
    assertThat(get("k", first)).isEqualTo("one");
    assertThat(s3.listObjectsV2(r -> r.bucket(BUCKET)).contents()).isEmpty();

    s3.deleteObject(r -> r.bucket(BUCKET).key("k").versionId(deleted.versionId()));
    assertThat(get("k", null)).isEqualTo("two");

    s3.deleteObject(r -> r.bucket(BUCKET).key("k").versionId(second));
    assertThat(get("k", null)).isEqualTo("one");
    assertThat(error(() -> get("k", second)))
        .isEqualTo("NoSuchVersion 404 The specified version does not exist.");
    assertThat(error(() -> get("k", "HPniJFCxqTsMuIH9KX8K8wEjNUgmABCD")))
        .isEqualTo("InvalidArgument 400 Invalid version id specified");
    assertThat(error(() -> s3.deleteBucket(r -> r.bucket(BUCKET)))).startsWith("BucketNotEmpty");
  }

  @Test
  void suspended_keepsOneNullVersion() {
    versioning(BucketVersioningStatus.SUSPENDED);
    assertThat(put("k", "one")).isEqualTo("null");
    assertThat(put("k", "two")).isEqualTo("null");

    assertThat(s3.listObjectVersions(r -> r.bucket(BUCKET)).versions())
        .extracting(v -> v.versionId()).containsExactly("null");
    assertThat(get("k", "null")).isEqualTo("two");
    assertThat(s3.getBucketVersioning(r -> r.bucket(BUCKET)).status())
        .isEqualTo(BucketVersioningStatus.SUSPENDED);
  }

  @Test
  void unversioned_onlyTheNullVersionExists_andDeleteObjectsKeepsAnObjectWithAnUnknownVersion() {
    put("k", "content");

    assertThat(get("k", "null")).isEqualTo("content");
    assertThat(error(() -> get("k", "3sL4kqtJlcpXroDTDmJ-rmSpXd3dIbrH")))
        .isEqualTo("InvalidArgument 400 Invalid version id specified");
    DeleteObjectsResponse response = s3.deleteObjects(r -> r.bucket(BUCKET).delete(d -> d.objects(
        ObjectIdentifier.builder().key("k").versionId("3sL4kqtJlcpXroDTDmJ-rmSpXd3dIbrH").build())));

    assertThat(response.deleted()).isEmpty();
    assertThat(response.errors()).extracting(e -> e.code(), e -> e.key())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("NoSuchVersion", "k"));
    assertThat(get("k", null)).isEqualTo("content");
    assertThat(s3.getBucketVersioning(r -> r.bucket(BUCKET)).status()).isNull();
  }

  @Test
  void listBuckets_pagesOfAnySizeTogetherAreTheWholeList() {
    for (int i = 0; i < 5; i++) {
      int n = i;
      s3.createBucket(r -> r.bucket("page-" + n + "-bucket")
          .createBucketConfiguration(c -> c.locationConstraint(SdkClients.REGION.id())));
    }
    List<String> all = s3.listBuckets().buckets().stream().map(Bucket::name).toList();
    assertThat(all).hasSize(6).isSorted();

    for (int size = 1; size <= 7; size++) {
      int max = size;
      List<String> paged = new ArrayList<>();
      String token = null;
      do {
        String from = token;
        ListBucketsResponse page =
            s3.listBuckets(r -> r.maxBuckets(max).continuationToken(from));
        assertThat(page.buckets().size()).isLessThanOrEqualTo(max);
        page.buckets().forEach(b -> paged.add(b.name()));
        token = page.continuationToken();
      } while (token != null);
      assertThat(paged).as("pages of %d", max).isEqualTo(all);
    }
    assertThat(s3.listBuckets(r -> r.prefix("page-3")).buckets())
        .extracting(Bucket::name, Bucket::bucketRegion)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("page-3-bucket", SdkClients.REGION.id()));
  }
}
