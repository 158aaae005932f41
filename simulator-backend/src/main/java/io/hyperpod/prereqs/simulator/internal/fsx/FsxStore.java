package io.hyperpod.prereqs.simulator.internal.fsx;

/**
 * The FSx for Lustre state of one account in one region (serialised with the simulator's state).
 */
public final class FsxStore {}
