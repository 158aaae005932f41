package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.account.AccountPort;
import io.hyperpod.prereqs.spi.s3.BucketAccess;
import io.hyperpod.prereqs.spi.s3.S3Bucket;
import io.hyperpod.prereqs.spi.s3.S3ObjectInfo;
import io.hyperpod.prereqs.spi.s3.S3Port;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * {@link S3Port} on the SDK's S3 client. Absent policies, tag sets and objects are empty results,
 * not errors; HeadBucket answers whose status is the whole answer (404, 403) become {@link
 * BucketAccess} values.
 */
public final class AwsS3Port implements S3Port {
  private final Supplier<S3Client> client;
  private final AccountPort account;

  /**
   * @param account the caller's account, the expected owner in HeadBucket so that a bucket of
   *     another account that lets the caller in still reads as {@link BucketAccess#OTHER_OWNER}
   */
  public AwsS3Port(Supplier<S3Client> client, AccountPort account) {
    this.client = requireNonNull(client, "client is null");
    this.account = requireNonNull(account, "account is null");
  }

  @Override
  public List<S3Bucket> listBuckets() {
    return AwsErrors.call(
        AwsCall.s3("ListBuckets", "s3:ListAllMyBuckets", "the account's buckets"),
        () -> {
          List<S3Bucket> buckets = new ArrayList<>();
          s3().listBucketsPaginator(request -> {})
              .buckets()
              .forEach(bucket -> buckets.add(S3Bucket.of(bucket.name(), bucket.creationDate())));
          return buckets;
        });
  }

  @Override
  public BucketAccess headBucket(String bucket) {
    AwsCall call = AwsCall.s3("HeadBucket", "s3:ListBucket", bucket(bucket));
    String owner = account.callerIdentity().account();
    try {
      s3().headBucket(request -> request.bucket(bucket).expectedBucketOwner(owner));
      return BucketAccess.OWNED;
    } catch (NoSuchBucketException e) {
      return BucketAccess.NOT_FOUND;
    } catch (AwsServiceException e) {
      if (e.statusCode() == 404) {
        return BucketAccess.NOT_FOUND;
      }
      if (e.statusCode() == 403) {
        return BucketAccess.OTHER_OWNER;
      }
      throw AwsErrors.translate(call, e);
    } catch (software.amazon.awssdk.core.exception.SdkClientException e) {
      throw AwsErrors.translate(call, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The SDK checks most naming rules itself and throws before sending; that refusal is reported
   * as S3 would answer it (InvalidBucketName, 400), so the caller sees one error either way.
   */
  @Override
  public void createBucket(String bucket) {
    createBucket(bucket, Map.of());
  }

  /**
   * {@inheritDoc}
   *
   * <p>AWS takes the tags in CreateBucketConfiguration (general purpose buckets since 2025); the
   * bucket is then tagged with PutBucketTagging as well, for servers that ignore tags at creation
   * (moto), where a crash between the two calls can still leave it untagged.
   */
  @Override
  public void createBucket(String bucket, Map<String, String> tags) {
    AwsCall call = AwsCall.s3("CreateBucket", "s3:CreateBucket", bucket(bucket));
    try {
      AwsErrors.run(call, () -> s3().createBucket(request -> {
        request.bucket(bucket);
        if (!tags.isEmpty()) {
          request.createBucketConfiguration(configuration -> configuration.tags(
              tags.entrySet().stream()
                  .map(t -> software.amazon.awssdk.services.s3.model.Tag.builder()
                      .key(t.getKey()).value(t.getValue()).build())
                  .toList()));
        }
      }));
      if (!tags.isEmpty()) {
        putBucketTags(bucket, tags);
      }
    } catch (IllegalArgumentException e) {
      throw new MalformedException(
          "s3",
          "InvalidBucketName",
          400,
          call.describe()
              + " refused: "
              + e.getMessage()
              + ". Use 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending"
              + " with a letter or digit.",
          null,
          e);
    }
  }

  @Override
  public void deleteBucket(String bucket) {
    AwsErrors.run(
        AwsCall.s3("DeleteBucket", "s3:DeleteBucket", bucket(bucket)),
        () -> s3().deleteBucket(request -> request.bucket(bucket)));
  }

  @Override
  public Map<String, String> getBucketTags(String bucket) {
    return AwsErrors.absentOn(
            "NoSuchTagSet",
            () ->
                AwsErrors.call(
                    AwsCall.s3("GetBucketTagging", "s3:GetBucketTagging", bucket(bucket)),
                    () -> s3().getBucketTagging(request -> request.bucket(bucket)).tagSet()))
        .map(AwsS3Port::tags)
        .orElseGet(Map::of);
  }

  @Override
  public void putBucketTags(String bucket, Map<String, String> tags) {
    AwsCall call = AwsCall.s3("PutBucketTagging", "s3:PutBucketTagging", bucket(bucket));
    if (tags.isEmpty()) {
      AwsErrors.run(
          new AwsCall("s3", "DeleteBucketTagging", call.action(), call.resource()),
          () -> s3().deleteBucketTagging(request -> request.bucket(bucket)));
      return;
    }
    List<Tag> tagSet =
        tags.entrySet().stream()
            .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build())
            .collect(Collectors.toList());
    AwsErrors.run(
        call,
        () ->
            s3().putBucketTagging(
                    request -> request.bucket(bucket).tagging(tagging -> tagging.tagSet(tagSet))));
  }

  @Override
  public Optional<String> getBucketPolicy(String bucket) {
    return AwsErrors.absentOn(
        "NoSuchBucketPolicy",
        () ->
            AwsErrors.call(
                AwsCall.s3("GetBucketPolicy", "s3:GetBucketPolicy", bucket(bucket)),
                () -> s3().getBucketPolicy(request -> request.bucket(bucket)).policy()));
  }

  @Override
  public void putBucketPolicy(String bucket, String document) {
    AwsErrors.run(
        AwsCall.s3("PutBucketPolicy", "s3:PutBucketPolicy", bucket(bucket)),
        () -> s3().putBucketPolicy(request -> request.bucket(bucket).policy(document)));
  }

  @Override
  public void deleteBucketPolicy(String bucket) {
    AwsErrors.run(
        AwsCall.s3("DeleteBucketPolicy", "s3:DeleteBucketPolicy", bucket(bucket)),
        () -> s3().deleteBucketPolicy(request -> request.bucket(bucket)));
  }

  @Override
  public List<S3ObjectInfo> listObjects(String bucket, String prefix) {
    return AwsErrors.call(
        AwsCall.s3("ListObjectsV2", "s3:ListBucket", objects(bucket, prefix)),
        () -> {
          List<S3ObjectInfo> objects = new ArrayList<>();
          s3().listObjectsV2Paginator(
                  request -> {
                    request.bucket(bucket);
                    if (prefix != null && !prefix.isEmpty()) {
                      request.prefix(prefix);
                    }
                  })
              .contents()
              .forEach(object -> objects.add(info(object)));
          return objects;
        });
  }

  @Override
  public S3ObjectInfo putObject(String bucket, String key, byte[] content, String contentType,
      Map<String, String> metadata) {
    return put(bucket, key, content, contentType, metadata, null);
  }

  @Override
  public S3ObjectInfo putObjectIf(
      String bucket, String key, byte[] content, String contentType, Optional<String> ifMatch) {
    return put(bucket, key, content, contentType, Map.of(),
        ifMatch.map(e -> "\"" + e + "\"").orElse("*"));
  }

  /** PutObject; {@code condition} {@code *} is If-None-Match: *, an ETag If-Match, null none. */
  private S3ObjectInfo put(String bucket, String key, byte[] content, String contentType,
      Map<String, String> metadata, String condition) {
    PutObjectResponse response =
        AwsErrors.call(
            AwsCall.s3("PutObject", "s3:PutObject", object(bucket, key)),
            () ->
                s3().putObject(
                        request -> {
                          request.bucket(bucket).key(key).contentLength((long) content.length)
                              .metadata(metadata);
                          if (contentType != null) {
                            request.contentType(contentType);
                          }
                          if ("*".equals(condition)) {
                            request.ifNoneMatch("*");
                          } else if (condition != null) {
                            request.ifMatch(condition);
                          }
                        },
                        RequestBody.fromBytes(content)));
    return S3ObjectInfo.builder()
        .key(key)
        .etag(unquote(response.eTag()))
        .size(content.length)
        .metadata(metadata)
        .lastModified(
            response
                .sdkHttpResponse()
                .firstMatchingHeader("Date")
                .flatMap(AwsS3Port::httpDate)
                .orElseGet(Instant::now))
        .build();
  }

  @Override
  public Optional<S3ObjectInfo> headObject(String bucket, String key) {
    AwsCall call = AwsCall.s3("HeadObject", "s3:GetObject", object(bucket, key));
    try {
      HeadObjectResponse head =
          AwsErrors.call(call, () -> s3().headObject(request -> request.bucket(bucket).key(key)));
      return Optional.of(S3ObjectInfo.builder()
          .key(key)
          .etag(unquote(head.eTag()))
          .size(head.contentLength() == null ? 0 : head.contentLength())
          .lastModified(head.lastModified() == null ? Instant.EPOCH : head.lastModified())
          .metadata(head.metadata())
          .build());
    } catch (CloudException e) {
      if (e.statusCode() == 404) {
        return Optional.empty(); // a HEAD 404 has no body, so no error code to tell it by
      }
      throw e;
    }
  }

  @Override
  public Optional<byte[]> getObject(String bucket, String key) {
    return AwsErrors.absentOn(
        "NoSuchKey",
        () ->
            AwsErrors.call(
                AwsCall.s3("GetObject", "s3:GetObject", object(bucket, key)),
                () ->
                    s3().getObjectAsBytes(request -> request.bucket(bucket).key(key))
                        .asByteArray()));
  }

  @Override
  public void deleteObject(String bucket, String key) {
    AwsErrors.run(
        AwsCall.s3("DeleteObject", "s3:DeleteObject", object(bucket, key)),
        () -> s3().deleteObject(request -> request.bucket(bucket).key(key)));
  }

  private S3Client s3() {
    return client.get();
  }

  private static S3ObjectInfo info(S3Object object) {
    return S3ObjectInfo.builder()
        .key(object.key())
        .etag(unquote(object.eTag()))
        .size(object.size() == null ? 0 : object.size())
        .lastModified(object.lastModified())
        .build();
  }

  private static Map<String, String> tags(List<Tag> tagSet) {
    Map<String, String> tags = new TreeMap<>();
    tagSet.forEach(tag -> tags.put(tag.key(), tag.value()));
    return tags;
  }

  private static String unquote(String etag) {
    if (etag == null) {
      return "";
    }
    return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
        ? etag.substring(1, etag.length() - 1)
        : etag;
  }

  private static Optional<Instant> httpDate(String value) {
    try {
      return Optional.of(
          ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String bucket(String bucket) {
    return "bucket '" + bucket + "'";
  }

  private static String objects(String bucket, String prefix) {
    return prefix == null || prefix.isEmpty()
        ? "objects of " + bucket(bucket)
        : "objects under 's3://" + bucket + "/" + prefix + "'";
  }

  private static String object(String bucket, String key) {
    return "object 's3://" + bucket + "/" + key + "'";
  }
}
