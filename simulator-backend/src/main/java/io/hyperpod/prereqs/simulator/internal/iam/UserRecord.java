package io.hyperpod.prereqs.simulator.internal.iam;

/** An IAM user in the store. */
public final class UserRecord extends PrincipalRecord {}
