package io.hyperpod.prereqs.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.plan.AttributeValues;
import io.hyperpod.prereqs.plan.PlanContent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What binds a plan: a SHA-256 digest of each section of its content (whom it is for, its mode,
 * its spec, its changes with the observed states, its findings) over their canonical JSON, and
 * the plan's fingerprint over those digests. Equal fingerprints mean the same plan of the same
 * account state; a section whose digest differs names what was edited.
 */
public final class Fingerprint {
  /** The sections, in the order a refusal names them. */
  static final List<String> SECTIONS = List.of("target", "mode", "spec", "changes", "findings");

  private Fingerprint() {}

  /** The digest of each section of the content (its stored fingerprint aside). */
  public static Map<String, String> sections(PlanContent content) {
    JsonNode doc = Json.mapper().valueToTree(content);
    Map<String, Object> target = new TreeMap<>();
    target.put("stack", doc.get("stack"));
    target.put("region", doc.get("region"));
    target.put("account", doc.get("account"));
    Map<String, Object> mode = new TreeMap<>();
    mode.put("mode", doc.get("mode"));
    mode.put("deleteData", doc.get("deleteData"));
    Map<String, String> out = new TreeMap<>();
    out.put("target", digest(target));
    out.put("mode", digest(mode));
    out.put("spec", digest(doc.get("spec")));
    out.put("changes", digest(doc.get("changes")));
    out.put("findings", digest(doc.get("findings")));
    return out;
  }

  /** The content with its section digests and fingerprint. */
  static PlanContent bind(PlanContent content) {
    Map<String, String> sections = sections(content);
    return PlanContent.builder().from(content).fingerprintSections(sections)
        .fingerprint(of(sections)).build();
  }

  /** Refuses a plan whose content no longer matches its fingerprint, naming what was edited. */
  public static void requireIntact(PlanContent content) {
    List<String> edits = edits(content);
    if (!edits.isEmpty()) {
      throw new io.hyperpod.prereqs.apply.PlanEditedException("the plan of stack "
          + content.stack() + " was edited after it was made: " + String.join(", ", edits)
          + " no longer match" + (edits.size() == 1 ? "es" : "") + " its fingerprint. Nothing"
          + " was changed; run plan again (plan --out PLAN.json) and review it");
    }
  }

  /** The fingerprint of a plan with these section digests. */
  public static String of(Map<String, String> sections) {
    return digest(new TreeMap<>(sections));
  }

  /**
   * What was edited in a plan since it was made: the sections whose content no longer matches
   * their digest, and whether the digests no longer match the fingerprint. Empty when intact.
   */
  public static List<String> edits(PlanContent content) {
    List<String> out = new ArrayList<>();
    Map<String, String> stored = content.fingerprintSections();
    if (stored.isEmpty()) {
      out.add("it has no fingerprint sections (saved by an older version of the tool)");
      return out;
    }
    Map<String, String> now = sections(content);
    for (String s : SECTIONS) {
      if (!now.get(s).equals(stored.get(s))) {
        out.add("its " + s + " (" + describe(s) + ")");
      }
    }
    if (!of(stored).equals(content.fingerprint())) {
      out.add("its fingerprint");
    }
    return out;
  }

  static String describe(String section) {
    return switch (section) {
      case "target" -> "stack, region, account";
      case "mode" -> "mode, deleteData";
      case "spec" -> "the spec it plans";
      case "changes" -> "the changes and the states they were planned from";
      default -> "the checks' findings";
    };
  }

  private static String digest(Object value) {
    String canonical = Json.write(AttributeValues.normalizeValue(
        value instanceof JsonNode n ? n : Json.mapper().valueToTree(value)));
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest(canonical.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
