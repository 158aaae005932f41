package io.hyperpod.prereqs.simulator.internal.ec2;

/** The EC2 state of one account in one region (serialised with the simulator's state). */
public final class Ec2Store {}
