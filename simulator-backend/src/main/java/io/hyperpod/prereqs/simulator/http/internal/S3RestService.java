package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.s3.BucketRecord;
import io.hyperpod.prereqs.spi.CloudException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * S3 on the wire (rest-xml, path-style or {@code bucket.localhost} addressing): buckets, their
 * policies, tags and location, objects (plain and aws-chunked uploads, ranges), listings. An
 * operation S3 has but the simulator does not answers 501 NotImplemented.
 */
public final class S3RestService implements ServiceHandler {
  static final String XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";
  /** The errors whose answer names the bucket ({@code BucketName}). */
  private static final Set<String> BUCKET_ERRORS =
      Set.of(
          "NoSuchBucket",
          "NoSuchBucketPolicy",
          "NoSuchTagSet",
          "BucketAlreadyExists",
          "BucketAlreadyOwnedByYou",
          "BucketNotEmpty",
          "InvalidBucketName");
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  /** One S3 operation, run inside a simulator call. */
  @FunctionalInterface
  interface S3Action {
    WireResponse answer(S3Request request, BackendContext context);
  }

  /** An operation's name and its action. */
  static final class Route {
    final String operation;
    final S3Action action;

    Route(String operation, S3Action action) {
      this.operation = operation;
      this.action = action;
    }
  }

  @Override
  public String signingName() {
    return "s3";
  }

  @Override
  public WireResponse handle(WireRequest wire, BackendContext context) {
    S3Request request = S3Request.of(wire);
    Route route = route(request);
    if (route == null) {
      return reject(
              "NotImplemented",
              501,
              "A header or parameter you provided implies functionality that the simulator does"
                  + " not implement: "
                  + request.method()
                  + " "
                  + wire.rawPath()
                  + (request.subresources().isEmpty() ? "" : " ?" + request.subresources()),
              context.newRequestId())
          .operation("Unknown");
    }
    return OperationCall.run(
        context,
        "s3",
        route.operation,
        () -> {
          checkExpectedOwner(request, context);
          return route
              .action
              .answer(request, context)
              .header("x-amz-request-id", context.requestId())
              .header("x-amz-id-2", hostId(context.requestId()));
        },
        (code, status, message, requestId, fields) ->
            errorResponse(
                request.method().equals("HEAD"),
                code,
                status,
                message,
                errorFields(code, request, fields),
                requestId),
        "InternalError");
  }

  private static Route route(S3Request r) {
    if (r.bucket() == null) {
      return r.method().equals("GET") && r.subresources().isEmpty()
          ? new Route("ListBuckets", S3BucketActions::listBuckets)
          : null;
    }
    S3RestService.Route multipart = S3MultipartActions.route(r);
    if (multipart != null) {
      return multipart;
    }
    return r.key() == null ? S3BucketActions.route(r) : S3ObjectActions.route(r);
  }

  @Override
  public WireResponse reject(String code, int status, String message, String requestId) {
    return errorResponse(false, code, status, message, Map.of(), requestId);
  }

  @Override
  public String internalErrorCode() {
    return "InternalError";
  }

  @Override
  public WireResponse unauthorized(AuthFailure failure, String message, String requestId) {
    if (failure == AuthFailure.EXPIRED) {
      return reject(failure.s3Code, failure.s3Status, "The provided token has expired.", requestId);
    }
    if (failure == AuthFailure.SKEWED) {
      return message.startsWith("Request ")
          ? reject("AccessDenied", 403, message, requestId)
          : reject(
              failure.s3Code,
              failure.s3Status,
              "The difference between the request time and the current time is too large.",
              requestId);
    }
    return reject(failure.s3Code, failure.s3Status, message, requestId);
  }

  /**
   * The elements of an error answer besides code and message: {@code BucketName} for the errors
   * about a bucket, as AWS names it (not for argument, range, location or owner errors), {@code
   * Key} for NoSuchKey, then what the error carries.
   */
  private static Map<String, String> errorFields(
      String code, S3Request request, Map<String, String> carried) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (request.bucket() != null && BUCKET_ERRORS.contains(code)) {
      fields.put("BucketName", request.bucket());
    }
    if (code.equals("NoSuchKey") && request.key() != null) {
      fields.put("Key", request.key());
    }
    fields.putAll(carried);
    return fields;
  }

  private static WireResponse errorResponse(
      boolean head,
      String code,
      int status,
      String message,
      Map<String, String> fields,
      String requestId) {
    WireResponse response =
        WireResponse.status(status)
            .header("x-amz-request-id", requestId)
            .header("x-amz-id-2", hostId(requestId));
    if (head) {
      return response;
    }
    Xml xml = Xml.document().start("Error").element("Code", code).element("Message", message);
    fields.forEach((name, value) -> xml.element(name, value == null ? "" : value));
    xml.element("RequestId", requestId).element("HostId", hostId(requestId)).end();
    return response.body(xml.bytes(), "application/xml");
  }

  /** {@code x-amz-expected-bucket-owner}: AccessDenied when another account owns the bucket. */
  private static void checkExpectedOwner(S3Request request, BackendContext context) {
    String expected = request.header("x-amz-expected-bucket-owner").orElse(null);
    if (expected == null || request.bucket() == null) {
      return;
    }
    if (!ACCOUNT_ID.matcher(expected).matches()) {
      throw AwsError.S3_INVALID_BUCKET_OWNER_ACCOUNT_ID.exception(
          "The value of the expected bucket owner parameter must be an AWS Account ID... ["
              + expected
              + "]",
          "x-amz-expected-bucket-owner must be a 12-digit account id");
    }
    BucketRecord bucket = context.state().s3().bucket(request.bucket()).orElse(null);
    if (bucket != null && !bucket.ownerAccountId().equals(expected)) {
      throw AwsError.S3_ACCESS_DENIED.exception(
          "Access Denied",
          "Access Denied (bucket "
              + request.bucket()
              + " is not owned by the expected owner "
              + expected
              + ")");
    }
  }

  /**
   * InvalidArgument naming the argument as AWS does ({@code ArgumentName}, and {@code
   * ArgumentValue} unless {@code withValue} is false).
   */
  static CloudException invalidArgument(
      String message, String argument, String value, boolean withValue, String reason) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("ArgumentName", argument);
    if (withValue) {
      fields.put("ArgumentValue", value == null || value.isEmpty() ? null : value);
    }
    return AwsError.S3_INVALID_ARGUMENT.exception(message, reason, fields);
  }

  static String httpDate(Instant instant) {
    return HTTP_DATE.format(instant);
  }

  static WireResponse xml(int status, Xml xml) {
    return WireResponse.status(status).body(xml.bytes(), "application/xml");
  }

  private static String hostId(String requestId) {
    return java.util.Base64.getEncoder()
        .encodeToString(("simulator/" + requestId).getBytes(StandardCharsets.UTF_8));
  }
}
