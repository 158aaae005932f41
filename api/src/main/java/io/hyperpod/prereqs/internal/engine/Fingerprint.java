package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.plan.ResourceChange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A digest of what a plan observed: equal digests mean the account did not move. */
final class Fingerprint {
  private Fingerprint() {}

  static String of(List<ResourceChange> changes) {
    Map<String, Object> observed = new TreeMap<>();
    changes.forEach(c -> observed.put(c.address().toString(), c.before()));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(Json.pretty(observed).getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
