package io.hyperpod.prereqs.simulator.internal.quotas;

/**
 * The Service Quotas state of one account in one region (serialised with the simulator's state).
 */
public final class QuotasStore {}
