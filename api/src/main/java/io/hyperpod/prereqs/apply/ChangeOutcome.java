package io.hyperpod.prereqs.apply;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What became of one planned change. */
public enum ChangeOutcome {
  /** Carried out. */
  APPLIED,
  /** Nothing to do (a no-op change). */
  UNCHANGED,
  /** The backend refused it; see the error. */
  FAILED,
  /** Not tried because a change it depends on failed; see the root cause. */
  SKIPPED;

  /** {@return the name in JSON} */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
