package io.hyperpod.prereqs.policy;

import io.hyperpod.prereqs.spi.iam.EvalDecision;
import static io.hyperpod.prereqs.policy.PolicyFixtures.ALICE;
import static io.hyperpod.prereqs.policy.PolicyFixtures.allowIf;
import static io.hyperpod.prereqs.policy.PolicyFixtures.evaluate;
import static io.hyperpod.prereqs.policy.PolicyFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One operator/key condition on an Allow for {@code s3:GetObject}, one request value. */
class ConditionOperatorsTest {

  private static EvalDecision decide(String operator, String key, String policyValue,
      String... requestValues) {
    AuthorizationRequest.Builder request = request(ALICE, "s3:GetObject");
    if (requestValues.length > 0) {
      request.contextValue(key, requestValues);
    }
    String condition = "{\"" + operator + "\":{\"" + key + "\":" + policyValue + "}}";
    return evaluate(request.build(), allowIf("C", "s3:GetObject", condition)).decision();
  }

  private static final EvalDecision ALLOWED = EvalDecision.ALLOWED;
  private static final EvalDecision DENIED = EvalDecision.IMPLICIT_DENY;

  @Nested
  class Strings {
    @Test
    void stringNotEqualsIgnoreCase_sameTextOtherCase_doesNotHold() {
      assertThat(decide("StringNotEqualsIgnoreCase", "k", "\"ABC\"", "abc")).isEqualTo(DENIED);
      assertThat(decide("StringNotEqualsIgnoreCase", "k", "\"ABC\"", "abd")).isEqualTo(ALLOWED);
    }

    @Test
    void stringLike_questionMark_matchesExactlyOneCharacter() {
      assertThat(decide("StringLike", "k", "\"a?c\"", "abc")).isEqualTo(ALLOWED);
      assertThat(decide("StringLike", "k", "\"a?c\"", "ac")).isEqualTo(DENIED);
      assertThat(decide("StringLike", "k", "\"a?c\"", "abbc")).isEqualTo(DENIED);
    }

    @Test
    void stringLike_isCaseSensitive() {
      assertThat(decide("StringLike", "k", "\"Team*\"", "team-a")).isEqualTo(DENIED);
    }

    @Test
    void stringNotEquals_multipleRequestValues_holdsOnlyIfNoneEquals() {
      assertThat(decide("StringNotEquals", "k", "[\"a\",\"b\"]", "c", "d")).isEqualTo(ALLOWED);
      assertThat(decide("StringNotEquals", "k", "[\"a\",\"b\"]", "c", "b")).isEqualTo(DENIED);
    }

    @Test
    void stringEquals_multipleRequestValuesWithoutQualifier_holdsIfAnyMatches() {
      assertThat(decide("StringEquals", "k", "\"b\"", "a", "b")).isEqualTo(ALLOWED);
    }

    @Test
    void stringNotLikeIfExists_absentKey_holds() {
      assertThat(decide("StringNotLikeIfExists", "k", "\"x*\"")).isEqualTo(ALLOWED);
      assertThat(decide("StringNotLikeIfExists", "k", "\"x*\"", "xy")).isEqualTo(DENIED);
    }
  }

  @Nested
  class Numbers {
    @Test
    void numericOperators_compareByValue() {
      assertThat(decide("NumericEquals", "n", "\"10\"", "10.0")).isEqualTo(ALLOWED);
      assertThat(decide("NumericNotEquals", "n", "\"10\"", "10.0")).isEqualTo(DENIED);
      assertThat(decide("NumericLessThan", "n", "\"10\"", "9.99")).isEqualTo(ALLOWED);
      assertThat(decide("NumericLessThanEquals", "n", "\"10\"", "10")).isEqualTo(ALLOWED);
      assertThat(decide("NumericGreaterThan", "n", "\"10\"", "10")).isEqualTo(DENIED);
      assertThat(decide("NumericGreaterThanEquals", "n", "\"-1\"", "-0.5")).isEqualTo(ALLOWED);
    }

    @Test
    void numericEquals_jsonNumberInPolicy_isAccepted() {
      assertThat(decide("NumericEquals", "n", "3", "3")).isEqualTo(ALLOWED);
    }
  }

  @Nested
  class Dates {
    @Test
    void dateOperators_acceptIsoFormsAndEpochSeconds() {
      assertThat(decide("DateEquals", "t", "\"2025-01-01T01:00:00+01:00\"",
          "2025-01-01T00:00:00Z")).isEqualTo(ALLOWED);
      assertThat(decide("DateEquals", "t", "\"2025-01-01\"", "1735689600")).isEqualTo(ALLOWED);
      assertThat(decide("DateNotEquals", "t", "\"2025-01-01\"", "2025-01-02T00:00:00Z"))
          .isEqualTo(ALLOWED);
      assertThat(decide("DateLessThanEquals", "t", "\"2025-01-01T00:00:00.500Z\"",
          "2025-01-01T00:00:00.500Z")).isEqualTo(ALLOWED);
      assertThat(decide("DateGreaterThanEquals", "t", "\"2025-01-01T00:00:00\"",
          "2024-12-31T23:59:59Z")).isEqualTo(DENIED);
    }

    @Test
    void dateLessThan_unparsableRequestValue_doesNotHold() {
      assertThat(decide("DateLessThan", "t", "\"2030-01-01\"", "tomorrow")).isEqualTo(DENIED);
    }
  }

  @Nested
  class Booleans {
    @Test
    void bool_comparesIgnoringCase() {
      assertThat(decide("Bool", "aws:SecureTransport", "\"true\"", "TRUE")).isEqualTo(ALLOWED);
      assertThat(decide("Bool", "aws:SecureTransport", "true", "false")).isEqualTo(DENIED);
    }

    @Test
    void bool_policyValueNotBoolean_failsClosed() {
      Decision decision =
          evaluate(
              request(ALICE, "s3:GetObject").contextValue("aws:SecureTransport", "true").build(),
              allowIf("C", "s3:GetObject", "{\"Bool\":{\"aws:SecureTransport\":\"yes\"}}"));

      assertThat(decision.decision()).isEqualTo(DENIED);
      assertThat(decision.unsupported())
          .containsExactly("invalid value for condition operator Bool aws:SecureTransport:"
              + " 'yes' is not true or false in policy inline:Test statement C");
    }
  }

  @Nested
  class Nulls {
    @Test
    void null_trueAndFalse_testPresence() {
      assertThat(decide("Null", "k", "\"true\"")).isEqualTo(ALLOWED);
      assertThat(decide("Null", "k", "\"true\"", "v")).isEqualTo(DENIED);
      assertThat(decide("Null", "k", "\"false\"", "v")).isEqualTo(ALLOWED);
      assertThat(decide("Null", "k", "\"false\"")).isEqualTo(DENIED);
    }
  }

  @Nested
  class IpAddresses {
    @Test
    void ipAddress_ipv4Blocks_matchByPrefix() {
      assertThat(decide("IpAddress", "aws:SourceIp", "\"10.0.0.0/8\"", "10.255.1.2"))
          .isEqualTo(ALLOWED);
      assertThat(decide("IpAddress", "aws:SourceIp", "\"10.0.0.0/9\"", "10.128.0.1"))
          .isEqualTo(DENIED);
      assertThat(decide("IpAddress", "aws:SourceIp", "\"192.0.2.1\"", "192.0.2.1"))
          .isEqualTo(ALLOWED);
      assertThat(decide("IpAddress", "aws:SourceIp", "\"0.0.0.0/0\"", "198.51.100.1"))
          .isEqualTo(ALLOWED);
    }

    @Test
    void ipAddress_otherFamily_doesNotMatch() {
      assertThat(decide("IpAddress", "aws:SourceIp", "\"2001:db8::/32\"", "192.0.2.1"))
          .isEqualTo(DENIED);
      assertThat(decide("NotIpAddress", "aws:SourceIp", "\"2001:db8::/32\"", "2001:db9::1"))
          .isEqualTo(ALLOWED);
    }

    @Test
    void ipAddress_invalidBlock_failsClosed() {
      assertThat(decide("IpAddress", "aws:SourceIp", "\"10.0.0.0/33\"", "10.0.0.1"))
          .isEqualTo(DENIED);
      assertThat(decide("IpAddress", "aws:SourceIp", "\"example.com\"", "10.0.0.1"))
          .isEqualTo(DENIED);
    }
  }

  @Nested
  class Arns {
    @Test
    void arnLike_wildcardDoesNotSpanComponents() {
      assertThat(decide("ArnLike", "aws:SourceArn", "\"arn:aws:s3:*:bucket\"",
          "arn:aws:s3:us-east-1:111122223333:bucket")).isEqualTo(DENIED);
      assertThat(decide("ArnLike", "aws:SourceArn", "\"arn:aws:s3:*:*:bucket\"",
          "arn:aws:s3:us-east-1:111122223333:bucket")).isEqualTo(ALLOWED);
    }

    @Test
    void arnEquals_resourcePartKeepsItsColons() {
      assertThat(decide("ArnEquals", "aws:SourceArn",
          "\"arn:aws:logs:us-west-2:111122223333:log-group:/a:log-stream:*\"",
          "arn:aws:logs:us-west-2:111122223333:log-group:/a:log-stream:s1")).isEqualTo(ALLOWED);
    }

    @Test
    void arnNotLike_absentKey_holds() {
      assertThat(decide("ArnNotLike", "aws:SourceArn", "\"arn:aws:*:*:*:*\""))
          .isEqualTo(ALLOWED);
    }
  }

  @Nested
  class Sets {
    @Test
    void forAllValuesIfExists_absentKey_holds() {
      assertThat(decide("ForAllValues:StringEqualsIfExists", "aws:TagKeys", "\"a\""))
          .isEqualTo(ALLOWED);
    }

    @Test
    void forAnyValueNegated_absentKey_doesNotHold() {
      assertThat(decide("ForAnyValue:StringNotEquals", "aws:TagKeys", "\"a\""))
          .isEqualTo(DENIED);
    }

    @Test
    void forAllValuesNegated_everyValueOutsideList_holds() {
      assertThat(decide("ForAllValues:StringNotEquals", "aws:TagKeys", "[\"a\",\"b\"]", "c", "d"))
          .isEqualTo(ALLOWED);
      assertThat(decide("ForAllValues:StringNotEquals", "aws:TagKeys", "[\"a\",\"b\"]", "c", "a"))
          .isEqualTo(DENIED);
    }

    @Test
    void qualifierNames_areCaseInsensitive() {
      assertThat(decide("forallvalues:stringequals", "aws:TagKeys", "\"a\"", "a"))
          .isEqualTo(ALLOWED);
    }
  }

  @Nested
  class Variables {
    @Test
    void stringNotEquals_unresolvedVariable_doesNotHold() {
      assertThat(decide("StringNotEquals", "k", "\"${aws:PrincipalTag/none}\"", "x"))
          .isEqualTo(DENIED);
    }

    @Test
    void stringEquals_principalAccountVariable_resolves() {
      assertThat(decide("StringEquals", "k", "\"${aws:PrincipalAccount}\"", "111122223333"))
          .isEqualTo(ALLOWED);
    }

    @Test
    void stringEquals_explicitContextOverridesDerivedKey() {
      assertThat(decide("StringEquals", "aws:PrincipalAccount", "\"999999999999\"",
          "999999999999")).isEqualTo(ALLOWED);
    }

    @Test
    void numericEquals_variablesAreNotSubstituted_failsClosed() {
      assertThat(decide("NumericEquals", "n", "\"${aws:PrincipalAccount}\"", "111122223333"))
          .isEqualTo(DENIED);
    }
  }
}
