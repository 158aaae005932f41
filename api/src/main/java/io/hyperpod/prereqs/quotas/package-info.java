/**
 * The HyperPod quotas of an account as they are: {@link io.hyperpod.prereqs.quotas.QuotaTable}
 * reads them, one {@link io.hyperpod.prereqs.quotas.QuotaRow} per quota.
 */
package io.hyperpod.prereqs.quotas;
