package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.spi.CloudException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The constraint checks of AWS's request models, collected as AWS reports them: every violation
 * of one request in one {@code N validation errors detected: Value 'x' at 'field' failed to satisfy
 * constraint: ...; ...} message.
 */
public final class ValidationErrors {
  private final List<String> problems = new ArrayList<>();

  /** Adds a violation of the value at the field (the model's lower camel case name). */
  public ValidationErrors add(String field, Object value, String constraint) {
    String shown = value == null ? "null" : "'" + value + "'";
    problems.add("Value " + shown + " at '" + field + "' failed to satisfy constraint: " + constraint);
    return this;
  }

  public ValidationErrors required(String field, Object value) {
    if (value == null) {
      add(field, null, "Member must not be null");
    }
    return this;
  }

  /** Length bounds of a string (absent values pass). */
  public ValidationErrors length(String field, String value, int min, int max) {
    if (value != null && value.length() < min) {
      add(field, value, "Member must have length greater than or equal to " + min);
    } else if (value != null && value.length() > max) {
      add(field, value, "Member must have length less than or equal to " + max);
    }
    return this;
  }

  /** A regular expression the whole string must match (absent values pass). */
  public ValidationErrors pattern(String field, String value, Pattern regex) {
    if (value != null && !regex.matcher(value).matches()) {
      add(field, value, "Member must satisfy regular expression pattern: " + regex.pattern());
    }
    return this;
  }

  /** Bounds of a number (absent values pass). */
  public ValidationErrors range(String field, Integer value, int min, int max) {
    if (value != null && value < min) {
      add(field, value, "Member must have value greater than or equal to " + min);
    } else if (value != null && value > max) {
      add(field, value, "Member must have value less than or equal to " + max);
    }
    return this;
  }

  /** Throws the service's ValidationError for everything added, if anything was. */
  public void throwIfAny(AwsError error) {
    if (!problems.isEmpty()) {
      throw exception(error);
    }
  }

  private CloudException exception(AwsError error) {
    int n = problems.size();
    return error.exception(
        n + " validation error" + (n == 1 ? "" : "s") + " detected: " + String.join("; ", problems));
  }
}
