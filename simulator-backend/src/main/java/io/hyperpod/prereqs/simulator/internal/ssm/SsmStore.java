package io.hyperpod.prereqs.simulator.internal.ssm;

/** The SSM state of one account in one region (serialised with the simulator's state). */
public final class SsmStore {}
