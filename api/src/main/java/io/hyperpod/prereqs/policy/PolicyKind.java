package io.hyperpod.prereqs.policy;

/** The role a policy plays in one evaluation. */
public enum PolicyKind {
  /** Attached to the user, role or their groups (managed or inline). */
  IDENTITY,
  /** The principal's permissions boundary: caps identity-based allows, grants nothing. */
  PERMISSIONS_BOUNDARY,
  /** Attached to the resource: a bucket policy, a role's trust policy. */
  RESOURCE
}
