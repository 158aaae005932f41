package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * One operator/key pair of a {@code Condition} block, e.g. {@code StringEquals} /
 * {@code aws:ResourceAccount} / [{@code ${aws:PrincipalAccount}}]. The operator is kept as
 * written (with any {@code ForAnyValue:}/{@code ForAllValues:} prefix and {@code IfExists}
 * suffix); whether it is supported is decided at evaluation, which fails closed on unknown ones.
 */
@Value.Immutable
@ValueStyle
public interface ConditionEntry {
  /**
   * {@return the condition operator as written, e.g. {@code StringEquals} or {@code
   * ForAnyValue:StringLike}}
   */
  @Value.Parameter
  String operator();

  /** {@return the condition key, e.g. {@code aws:SourceVpce}} */
  @Value.Parameter
  String key();

  /** {@return the policy values; several values are alternatives (OR)} */
  @Value.Parameter
  List<String> values();

  /**
   * An entry of a {@code Condition} block.
   *
   * @param operator the operator as written, e.g. {@code StringEquals}
   * @param key the condition key, e.g. {@code aws:PrincipalTag/team}
   * @param values the policy values, alternatives of each other
   * @return the entry
   */
  static ConditionEntry of(String operator, String key, List<String> values) {
    return ImmutableConditionEntry.of(operator, key, values);
  }
}
