package io.hyperpod.prereqs.internal.kms;

import io.hyperpod.prereqs.spi.kms.KmsKey;
import java.util.Map;
import java.util.Optional;

/**
 * What planning reads of a group's key: its metadata, its tags, whether the stack's alias names
 * it, and its key policy (empty when the caller may not read it).
 */
record ObservedKey(KmsKey key, Map<String, String> tags, Optional<String> alias,
    Optional<String> policy) {}
