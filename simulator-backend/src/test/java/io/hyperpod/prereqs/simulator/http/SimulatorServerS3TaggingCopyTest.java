package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;
import software.amazon.awssdk.services.s3.model.TaggingDirective;

/** S3 object tagging, user metadata and CopyObject served to the AWS SDK for Java v2. */
class SimulatorServerS3TaggingCopyTest {
  static final String BUCKET = "sagemaker-copy-tests";

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
    s3.putObject(r -> r.bucket(BUCKET).key("src").contentType("text/plain")
            .metadata(Map.of("owner", "alice")).tagging("tag1=one&tag2="),
        RequestBody.fromString("test-tagging"));
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

  static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  @Test
  void objectTagging_putGetDelete_andTheCountOnGetAndHead() {
    assertThat(s3.getObjectTagging(r -> r.bucket(BUCKET).key("src")).tagSet())
        .containsExactly(tag("tag1", "one"), tag("tag2", ""));
    assertThat(s3.headObject(r -> r.bucket(BUCKET).key("src")).tagCount()).isEqualTo(2);

    s3.putObjectTagging(r -> r.bucket(BUCKET).key("src").tagging(t -> t.tagSet(tag("tag3", "three"))));

    assertThat(s3.getObjectTagging(r -> r.bucket(BUCKET).key("src")).tagSet())
        .containsExactly(tag("tag3", "three"));
    assertThat(s3.getObjectAsBytes(r -> r.bucket(BUCKET).key("src")).response().tagCount())
        .isEqualTo(1);
    s3.deleteObjectTagging(r -> r.bucket(BUCKET).key("src"));
    assertThat(s3.getObjectTagging(r -> r.bucket(BUCKET).key("src")).tagSet()).isEmpty();
    assertThat(s3.headObject(r -> r.bucket(BUCKET).key("src")).tagCount()).isNull();
    assertThat(error(() -> s3.getObjectTagging(r -> r.bucket(BUCKET).key("fake-key"))))
        .startsWith("NoSuchKey 404 The specified key does not exist.");
  }

  @Test
  void objectTagging_refusesWhatAwsRefuses() {
    assertThat(error(() -> s3.putObjectTagging(r -> r.bucket(BUCKET).key("src")
            .tagging(t -> t.tagSet(tag("aws:x", "v"))))))
        .isEqualTo("InvalidTag 400 Your TagKey cannot be prefixed with aws:");
    assertThat(error(() -> s3.putObjectTagging(r -> r.bucket(BUCKET).key("src")
            .tagging(t -> t.tagSet(tag("k", "x".repeat(257)))))))
        .isEqualTo("InvalidTag 400 The TagValue you have provided is invalid");
    Tag[] eleven = new Tag[11];
    for (int i = 0; i < eleven.length; i++) {
      eleven[i] = tag("k" + i, "v");
    }
    assertThat(error(() -> s3.putObjectTagging(r -> r.bucket(BUCKET).key("src")
            .tagging(t -> t.tagSet(eleven)))))
        .isEqualTo("BadRequest 400 Object tags cannot be greater than 10");
    for (String header : new String[] {"key1=val1&key1=val2", "key1=val1,key2=val2"}) {
      assertThat(error(() -> s3.putObject(r -> r.bucket(BUCKET).key("other").tagging(header),
              RequestBody.fromString("x"))))
          .isEqualTo("InvalidArgument 400 The header 'x-amz-tagging' shall be encoded as UTF-8"
              + " then URLEncoded URL query parameters without tag name duplicates.");
    }
    assertThat(s3.getObjectTagging(r -> r.bucket(BUCKET).key("src")).tagSet()).hasSize(2);
  }

  @Test
  void copyObject_keepsOrReplacesMetadataAndTags() {
    s3.copyObject(r -> r.sourceBucket(BUCKET).sourceKey("src")
        .destinationBucket(BUCKET).destinationKey("kept"));
    HeadObjectResponse kept = s3.headObject(r -> r.bucket(BUCKET).key("kept"));
    assertThat(kept.contentType()).isEqualTo("text/plain");
    assertThat(kept.metadata()).isEqualTo(Map.of("owner", "alice"));
    assertThat(kept.tagCount()).isEqualTo(2);
    assertThat(s3.getObjectAsBytes(r -> r.bucket(BUCKET).key("kept")).asUtf8String())
        .isEqualTo("test-tagging");

    s3.copyObject(r -> r.sourceBucket(BUCKET).sourceKey("src")
        .destinationBucket(BUCKET).destinationKey("replaced")
        .metadataDirective(MetadataDirective.REPLACE).contentType("application/json")
        .metadata(Map.of("stage", "2"))
        .taggingDirective(TaggingDirective.REPLACE).tagging("only=this"));
    HeadObjectResponse replaced = s3.headObject(r -> r.bucket(BUCKET).key("replaced"));
    assertThat(replaced.contentType()).isEqualTo("application/json");
    assertThat(replaced.metadata()).isEqualTo(Map.of("stage", "2"));
    assertThat(s3.getObjectTagging(r -> r.bucket(BUCKET).key("replaced")).tagSet())
        .containsExactly(tag("only", "this"));
    assertThat(replaced.eTag()).isEqualTo(kept.eTag());
  }

  @Test
  void copyObject_ontoItselfWithoutChanges_andFromAMissingKey_fail() {
    assertThat(error(() -> s3.copyObject(r -> r.sourceBucket(BUCKET).sourceKey("src")
            .destinationBucket(BUCKET).destinationKey("src"))))
        .isEqualTo("InvalidRequest 400 This copy request is illegal because it is trying to copy"
            + " an object to itself without changing the object's metadata, storage class,"
            + " website redirect location or encryption attributes.");
    assertThat(error(() -> s3.copyObject(r -> r.sourceBucket(BUCKET).sourceKey("nope")
            .destinationBucket(BUCKET).destinationKey("x"))))
        .startsWith("NoSuchKey 404");
    s3.copyObject(r -> r.sourceBucket(BUCKET).sourceKey("src")
        .destinationBucket(BUCKET).destinationKey("src")
        .metadataDirective(MetadataDirective.REPLACE).metadata(Map.of("v", "2")));
    assertThat(s3.headObject(r -> r.bucket(BUCKET).key("src")).metadata()).isEqualTo(Map.of("v", "2"));
  }
}
