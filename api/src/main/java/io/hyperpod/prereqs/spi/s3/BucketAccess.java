package io.hyperpod.prereqs.spi.s3;

/** What HeadBucket says about a bucket name from the caller's point of view. */
public enum BucketAccess {
  /** The bucket exists and the caller's account owns it. */
  OWNED,
  /** The bucket exists in another account (HeadBucket 403). */
  OTHER_OWNER,
  /** No bucket has this name (HeadBucket 404). */
  NOT_FOUND
}
