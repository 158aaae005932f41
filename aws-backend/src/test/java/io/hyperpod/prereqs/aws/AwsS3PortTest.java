package io.hyperpod.prereqs.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.hyperpod.prereqs.aws.AwsWire.ACCOUNT;
import static io.hyperpod.prereqs.aws.AwsWire.S3_XMLNS;
import static io.hyperpod.prereqs.aws.AwsWire.inTurn;
import static io.hyperpod.prereqs.aws.AwsWire.s3Error;
import static io.hyperpod.prereqs.aws.AwsWire.s3Xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3Bucket;
import io.hyperpod.prereqs.spi.s3.S3ObjectInfo;
import io.hyperpod.prereqs.spi.s3.S3Port;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AwsS3PortTest {
  private static final String BUCKET = "sagemaker-demo-lifecycle";
  private static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\","
          + "\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::"
          + BUCKET
          + "/*\"}]}";

  @RegisterExtension static final WireMockExtension wm = AwsWire.server();

  private AwsBackend backend;
  private S3Port s3;

  @BeforeEach
  void setUp() {
    backend = AwsWire.create().backend(wm).build();
    s3 = backend.s3();
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  @Test
  void headBucket_whenOursAndFound_isOwnedAndSendsTheExpectedOwner() {
    wm.stubFor(AwsWire.callerIdentity());
    wm.stubFor(head(urlEqualTo("/" + BUCKET)).willReturn(aResponse().withStatus(200)));

    assertThat(s3.headBucket(BUCKET)).isEqualTo(BucketAccess.OWNED);
    wm.verify(
        headRequestedFor(urlEqualTo("/" + BUCKET))
            .withHeader("x-amz-expected-bucket-owner", equalTo(ACCOUNT))
            .withHeader("Authorization", containing("/us-west-2/s3/aws4_request")));
  }

  @Test
  void headBucket_when404_isNotFound() {
    wm.stubFor(AwsWire.callerIdentity());
    wm.stubFor(head(urlEqualTo("/" + BUCKET)).willReturn(aResponse().withStatus(404)));

    assertThat(s3.headBucket(BUCKET)).isEqualTo(BucketAccess.NOT_FOUND);
  }

  @Test
  void headBucket_when403_isOtherOwner() {
    wm.stubFor(AwsWire.callerIdentity());
    wm.stubFor(head(urlEqualTo("/" + BUCKET)).willReturn(aResponse().withStatus(403)));

    assertThat(s3.headBucket(BUCKET)).isEqualTo(BucketAccess.OTHER_OWNER);
  }

  @Test
  void createBucket_sendsLocationConstraintOfTheBackendRegion() {
    wm.stubFor(put(urlEqualTo("/" + BUCKET)).willReturn(aResponse().withStatus(200)));

    s3.createBucket(BUCKET);

    wm.verify(
        putRequestedFor(urlEqualTo("/" + BUCKET))
            .withRequestBody(containing("<LocationConstraint>us-west-2</LocationConstraint>")));
  }

  @Test
  void listBuckets_returnsNamesAndCreationDates() {
    wm.stubFor(
        get(urlPathEqualTo("/"))
            .willReturn(
                s3Xml(
                    "<ListAllMyBucketsResult xmlns=\""
                        + S3_XMLNS
                        + "\"><Owner><ID>o</ID></Owner><Buckets><Bucket><Name>a</Name>"
                        + "<CreationDate>2025-01-01T00:00:00.000Z</CreationDate></Bucket><Bucket>"
                        + "<Name>b</Name><CreationDate>2025-02-01T00:00:00.000Z</CreationDate>"
                        + "</Bucket></Buckets></ListAllMyBucketsResult>")));

    assertThat(s3.listBuckets())
        .containsExactly(
            S3Bucket.of("a", Instant.parse("2025-01-01T00:00:00Z")),
            S3Bucket.of("b", Instant.parse("2025-02-01T00:00:00Z")));
  }

  @Test
  void getBucketPolicy_returnsTheRawDocument() {
    wm.stubFor(
        get(urlEqualTo("/" + BUCKET + "?policy"))
            .willReturn(aResponse().withStatus(200).withBody(POLICY)));

    assertThat(s3.getBucketPolicy(BUCKET)).contains(POLICY);
  }

  @Test
  void getBucketPolicy_whenNoSuchBucketPolicy_isEmpty() {
    wm.stubFor(
        get(urlEqualTo("/" + BUCKET + "?policy"))
            .willReturn(s3Error(404, "NoSuchBucketPolicy", "The bucket policy does not exist")));

    assertThat(s3.getBucketPolicy(BUCKET)).isEmpty();
  }

  @Test
  void putBucketPolicy_sendsTheDocumentAsBody() {
    wm.stubFor(put(urlEqualTo("/" + BUCKET + "?policy")).willReturn(aResponse().withStatus(204)));

    s3.putBucketPolicy(BUCKET, POLICY);

    wm.verify(putRequestedFor(urlEqualTo("/" + BUCKET + "?policy")).withRequestBody(equalTo(POLICY)));
  }

  @Test
  void getBucketTags_readsTheTagSet() {
    wm.stubFor(
        get(urlEqualTo("/" + BUCKET + "?tagging"))
            .willReturn(
                s3Xml(
                    "<Tagging xmlns=\""
                        + S3_XMLNS
                        + "\"><TagSet><Tag><Key>hyperpod-prereqs:stack</Key><Value>demo</Value>"
                        + "</Tag></TagSet></Tagging>")));

    assertThat(s3.getBucketTags(BUCKET)).containsExactly(entry("hyperpod-prereqs:stack", "demo"));
  }

  @Test
  void getBucketTags_whenNoSuchTagSet_isEmpty() {
    wm.stubFor(
        get(urlEqualTo("/" + BUCKET + "?tagging"))
            .willReturn(s3Error(404, "NoSuchTagSet", "The TagSet does not exist")));

    assertThat(s3.getBucketTags(BUCKET)).isEmpty();
  }

  @Test
  void putBucketTags_sendsTheTagSet_andEmptyTagsDeleteIt() {
    wm.stubFor(put(urlEqualTo("/" + BUCKET + "?tagging")).willReturn(aResponse().withStatus(204)));
    wm.stubFor(
        delete(urlEqualTo("/" + BUCKET + "?tagging")).willReturn(aResponse().withStatus(204)));

    s3.putBucketTags(BUCKET, Map.of("hyperpod-prereqs:stack", "demo"));
    s3.putBucketTags(BUCKET, Map.of());

    wm.verify(
        putRequestedFor(urlEqualTo("/" + BUCKET + "?tagging"))
            .withRequestBody(
                containing("<Tag><Key>hyperpod-prereqs:stack</Key><Value>demo</Value></Tag>")));
    wm.verify(deleteRequestedFor(urlEqualTo("/" + BUCKET + "?tagging")));
  }

  @Test
  void listObjects_acrossPages_followsContinuationTokens() {
    wm.stubFor(
        listObjects()
            .withQueryParam("continuation-token", absent())
            .willReturn(
                s3Xml(
                    listResult(
                        "hyperpod/lifecycle/a.sh",
                        "<IsTruncated>true</IsTruncated>"
                            + "<NextContinuationToken>token-2</NextContinuationToken>"))));
    wm.stubFor(
        listObjects()
            .withQueryParam("continuation-token", equalTo("token-2"))
            .willReturn(
                s3Xml(listResult("hyperpod/lifecycle/b.sh", "<IsTruncated>false</IsTruncated>"))));

    List<S3ObjectInfo> objects = s3.listObjects(BUCKET, "hyperpod/lifecycle/");

    assertThat(objects).extracting(S3ObjectInfo::key)
        .containsExactly("hyperpod/lifecycle/a.sh", "hyperpod/lifecycle/b.sh");
    assertThat(objects.get(0).etag()).isEqualTo("9b2cf535f27731c974343645a3985328");
    assertThat(objects.get(0).size()).isEqualTo(12);
    assertThat(objects.get(0).lastModified()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
    wm.verify(
        2,
        getRequestedFor(urlPathEqualTo("/" + BUCKET))
            .withQueryParam("list-type", equalTo("2"))
            .withQueryParam("prefix", equalTo("hyperpod/lifecycle/")));
    assertThat(backend.callCounts().calls("s3", "ListObjectsV2")).isEqualTo(2);
  }

  @Test
  void putObject_sendsRawBytesAndContentType_returnsUnquotedEtag() {
    byte[] content = "#!/bin/bash\necho hi\n".getBytes(StandardCharsets.UTF_8);
    wm.stubFor(
        put(urlEqualTo("/" + BUCKET + "/hyperpod/lifecycle/on_create.sh"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("ETag", "\"0123456789abcdef0123456789abcdef\"")
                    .withHeader("Date", "Sat, 01 Mar 2025 10:00:00 GMT")));

    S3ObjectInfo info =
        s3.putObject(BUCKET, "hyperpod/lifecycle/on_create.sh", content, "text/x-shellscript");

    wm.verify(
        putRequestedFor(urlEqualTo("/" + BUCKET + "/hyperpod/lifecycle/on_create.sh"))
            .withHeader("Content-Type", equalTo("text/x-shellscript"))
            .withRequestBody(binaryEqualTo(content)));
    assertThat(info.etag()).isEqualTo("0123456789abcdef0123456789abcdef");
    assertThat(info.size()).isEqualTo(content.length);
    assertThat(info.lastModified()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
  }

  @Test
  void getObject_returnsBytes_andEmptyWhenNoSuchKey() {
    wm.stubFor(
        get(urlEqualTo("/" + BUCKET + "/present.txt"))
            .willReturn(aResponse().withStatus(200).withBody("hello")));
    wm.stubFor(
        get(urlEqualTo("/" + BUCKET + "/absent.txt"))
            .willReturn(s3Error(404, "NoSuchKey", "The specified key does not exist.")));

    assertThat(s3.getObject(BUCKET, "present.txt"))
        .hasValueSatisfying(
            bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("hello"));
    assertThat(s3.getObject(BUCKET, "absent.txt")).isEmpty();
  }

  @Test
  void deleteObject_sendsDelete() {
    wm.stubFor(delete(urlEqualTo("/" + BUCKET + "/a.sh")).willReturn(aResponse().withStatus(204)));

    s3.deleteObject(BUCKET, "a.sh");

    wm.verify(deleteRequestedFor(urlEqualTo("/" + BUCKET + "/a.sh")));
  }

  static Stream<Arguments> errorCodes() {
    Supplier<MappingBuilder> putBucket = () -> put(urlEqualTo("/" + BUCKET));
    Supplier<MappingBuilder> deleteBucket = () -> delete(urlEqualTo("/" + BUCKET));
    Supplier<MappingBuilder> putPolicy = () -> put(urlEqualTo("/" + BUCKET + "?policy"));
    Supplier<MappingBuilder> putObject = () -> put(urlEqualTo("/" + BUCKET + "/k"));
    Consumer<S3Port> create = s3 -> s3.createBucket(BUCKET);
    Consumer<S3Port> remove = s3 -> s3.deleteBucket(BUCKET);
    Consumer<S3Port> policy = s3 -> s3.putBucketPolicy(BUCKET, "{}");
    Consumer<S3Port> upload = s3 -> s3.putObject(BUCKET, "k", new byte[] {1}, null);
    return Stream.of(
        Arguments.of(putBucket, create, 409, "BucketAlreadyExists", AlreadyExistsException.class),
        Arguments.of(
            putBucket, create, 409, "BucketAlreadyOwnedByYou", AlreadyExistsException.class),
        Arguments.of(putBucket, create, 400, "InvalidBucketName", MalformedException.class),
        Arguments.of(deleteBucket, remove, 404, "NoSuchBucket", NotFoundException.class),
        Arguments.of(
            deleteBucket, remove, 409, "BucketNotEmpty", DependencyViolationException.class),
        Arguments.of(putPolicy, policy, 400, "MalformedPolicy", MalformedException.class),
        Arguments.of(putPolicy, policy, 404, "NoSuchBucket", NotFoundException.class),
        Arguments.of(putObject, upload, 403, "AccessDenied", AccessDeniedException.class));
  }

  @ParameterizedTest(name = "{3} -> {4}")
  @MethodSource("errorCodes")
  void call_whenS3AnswersErrorCode_throwsTypedExceptionWithCodeStatusAndRequestId(
      Supplier<MappingBuilder> request,
      Consumer<S3Port> call,
      int status,
      String code,
      Class<? extends CloudException> type) {
    wm.stubFor(request.get().willReturn(s3Error(status, code, "details from S3")));

    assertThatThrownBy(() -> call.accept(s3))
        .isExactlyInstanceOf(type)
        .hasMessageContaining(BUCKET)
        .hasMessageContaining(code + ": details from S3")
        .satisfies(
            thrown -> {
              CloudException e = (CloudException) thrown;
              assertThat(e.service()).isEqualTo("s3");
              assertThat(e.errorCode()).isEqualTo(code);
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.requestId()).contains("req-" + code);
            });
  }

  @Test
  void putObject_whenAccessDenied_namesTheMissingS3Action() {
    wm.stubFor(put(urlEqualTo("/" + BUCKET + "/k")).willReturn(s3Error(403, "AccessDenied", "no")));

    assertThatThrownBy(() -> s3.putObject(BUCKET, "k", new byte[] {1}, null))
        .hasMessageContaining("S3 PutObject for object 's3://" + BUCKET + "/k'")
        .hasMessageContaining("grant s3:PutObject");
  }

  @Test
  void createBucket_whenSlowDownOnce_retriesAndSucceeds() {
    inTurn(
        wm,
        () -> put(urlEqualTo("/" + BUCKET)),
        s3Error(503, "SlowDown", "Please reduce your request rate."),
        aResponse().withStatus(200));

    s3.createBucket(BUCKET);

    assertThat(backend.callCounts().attempts("s3", "CreateBucket")).isEqualTo(2);
  }

  @Test
  void deleteObject_whenInternalErrorOnce_retriesAndSucceeds() {
    inTurn(
        wm,
        () -> delete(urlEqualTo("/" + BUCKET + "/a.sh")),
        s3Error(500, "InternalError", "We encountered an internal error."),
        aResponse().withStatus(204));

    s3.deleteObject(BUCKET, "a.sh");

    assertThat(backend.callCounts().attempts("s3", "DeleteObject")).isEqualTo(2);
  }

  private static MappingBuilder listObjects() {
    return get(urlMatching("/" + BUCKET + "\\?.*")).withQueryParam("list-type", equalTo("2"));
  }

  private static String listResult(String key, String paging) {
    return "<ListBucketResult xmlns=\""
        + S3_XMLNS
        + "\"><Name>"
        + BUCKET
        + "</Name><Prefix>hyperpod/lifecycle/</Prefix><KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys>"
        + paging
        + "<Contents><Key>"
        + key
        + "</Key><LastModified>2025-03-01T10:00:00.000Z</LastModified>"
        + "<ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>12</Size>"
        + "<StorageClass>STANDARD</StorageClass></Contents></ListBucketResult>";
  }
}
