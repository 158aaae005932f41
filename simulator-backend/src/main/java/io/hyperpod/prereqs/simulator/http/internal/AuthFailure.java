package io.hyperpod.prereqs.simulator.http.internal;

/**
 * Why a request was refused before any service saw it, with the codes AWS's protocol families use
 * for it: the query services (IAM, STS, EC2), S3, and the JSON services.
 */
public enum AuthFailure {
  /** No signature at all. */
  MISSING("MissingAuthenticationToken", 403, "AccessDenied", 403,
      "MissingAuthenticationTokenException", 400),
  /** An access key the server does not know (or knows no secret for). */
  UNKNOWN_KEY("InvalidClientTokenId", 403, "InvalidAccessKeyId", 403,
      "UnrecognizedClientException", 400),
  /** A signature that does not match the request. */
  BAD_SIGNATURE("SignatureDoesNotMatch", 403, "SignatureDoesNotMatch", 403,
      "InvalidSignatureException", 400),
  /** Session credentials past their expiration on the simulated clock. */
  EXPIRED("ExpiredToken", 403, "ExpiredToken", 400, "ExpiredTokenException", 403),
  /** A request signed more than 15 minutes away from the server's time (or a presigned URL past its expiry). */
  SKEWED("SignatureDoesNotMatch", 403, "RequestTimeTooSkewed", 403,
      "InvalidSignatureException", 400),
  /** S3: an {@code x-amz-content-sha256} that is not the body's hash. */
  PAYLOAD_MISMATCH("SignatureDoesNotMatch", 403, "XAmzContentSHA256Mismatch", 400,
      "InvalidSignatureException", 400);

  final String queryCode;
  final int queryStatus;
  final String s3Code;
  final int s3Status;
  final String jsonCode;
  final int jsonStatus;

  AuthFailure(
      String queryCode,
      int queryStatus,
      String s3Code,
      int s3Status,
      String jsonCode,
      int jsonStatus) {
    this.queryCode = queryCode;
    this.queryStatus = queryStatus;
    this.s3Code = s3Code;
    this.s3Status = s3Status;
    this.jsonCode = jsonCode;
    this.jsonStatus = jsonStatus;
  }
}
