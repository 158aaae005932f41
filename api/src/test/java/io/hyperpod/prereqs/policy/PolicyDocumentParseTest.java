package io.hyperpod.prereqs.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyDocumentParseTest {

  @Test
  void parse_statementObjectAndStringAction_yieldsOneStatement() {
    PolicyDocument doc =
        PolicyDocument.parse(
            "{\"Version\":\"2012-10-17\",\"Statement\":"
                + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}}");

    assertThat(doc.version()).isEqualTo("2012-10-17");
    assertThat(doc.variablesEnabled()).isTrue();
    assertThat(doc.statements()).hasSize(1);
    PolicyStatement statement = doc.statements().get(0);
    assertThat(statement.sid()).isEmpty();
    assertThat(statement.displayId()).isEqualTo("#1");
    assertThat(statement.effect()).isEqualTo(Effect.ALLOW);
    assertThat(statement.action()).isEqualTo(MatchElement.of("Action", List.of("s3:GetObject")));
    assertThat(statement.resource()).contains(MatchElement.of("Resource", List.of("*")));
  }

  @Test
  void parse_arraysAndNotElements_keepsOrderAndNegation() {
    PolicyDocument doc =
        PolicyDocument.parse(
            "{\"Version\":\"2012-10-17\",\"Id\":\"p1\",\"Statement\":[{\"Sid\":\"A\","
                + "\"Effect\":\"Deny\",\"NotAction\":[\"iam:*\",\"sts:*\"],"
                + "\"NotResource\":[\"arn:aws:s3:::a\",\"arn:aws:s3:::b\"]}]}");

    PolicyStatement statement = doc.statements().get(0);
    assertThat(doc.id()).contains("p1");
    assertThat(statement.displayId()).isEqualTo("A");
    assertThat(statement.effect()).isEqualTo(Effect.DENY);
    assertThat(statement.action().negated()).isTrue();
    assertThat(statement.action().patterns()).containsExactly("iam:*", "sts:*");
    assertThat(statement.resource().orElseThrow().name()).isEqualTo("NotResource");
    assertThat(statement.resource().orElseThrow().patterns())
        .containsExactly("arn:aws:s3:::a", "arn:aws:s3:::b");
  }

  @Test
  void parse_principalStarAndMap_normalisesToTypeValues() {
    PolicyDocument doc =
        PolicyDocument.parse(
            "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\"},"
                + "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\","
                + "\"AWS\":[\"111122223333\",\"arn:aws:iam::111122223333:role/r\"]},"
                + "\"Action\":\"sts:AssumeRole\"},"
                + "{\"Effect\":\"Deny\",\"NotPrincipal\":{\"Federated\":\"cognito-identity.amazonaws.com\"},"
                + "\"Action\":\"*\"}]}");

    PrincipalElement everyone = doc.statements().get(0).principal().orElseThrow();
    PrincipalElement named = doc.statements().get(1).principal().orElseThrow();
    PrincipalElement notPrincipal = doc.statements().get(2).principal().orElseThrow();
    assertThat(everyone.everyone()).isTrue();
    assertThat(named.negated()).isFalse();
    assertThat(named.values())
        .containsEntry("Service", List.of("sagemaker.amazonaws.com"))
        .containsEntry("AWS", List.of("111122223333", "arn:aws:iam::111122223333:role/r"));
    assertThat(notPrincipal.negated()).isTrue();
    assertThat(doc.statements().get(1).resource()).isEmpty();
  }

  @Test
  void parse_conditionBlock_flattensOperatorsKeysAndScalarValues() {
    PolicyDocument doc =
        PolicyDocument.parse(
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:SourceVpce\":"
                + "[\"vpce-1\",\"vpce-2\"],\"aws:SourceVpc\":\"vpc-1\"},\"Bool\":"
                + "{\"aws:SecureTransport\":true},\"NumericLessThan\":{\"s3:max-keys\":10}}}}");

    assertThat(doc.statements().get(0).conditions())
        .containsExactly(
            ConditionEntry.of("StringEquals", "aws:SourceVpce", List.of("vpce-1", "vpce-2")),
            ConditionEntry.of("StringEquals", "aws:SourceVpc", List.of("vpc-1")),
            ConditionEntry.of("Bool", "aws:SecureTransport", List.of("true")),
            ConditionEntry.of("NumericLessThan", "s3:max-keys", List.of("10")));
  }

  @Test
  void parse_withoutVersion_defaultsTo2008WithoutVariables() {
    PolicyDocument doc =
        PolicyDocument.parse(
            "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}");

    assertThat(doc.version()).isEqualTo(PolicyDocument.VERSION_2008);
    assertThat(doc.variablesEnabled()).isFalse();
  }

  @Test
  void parse_unknownElements_areKeptAsUnsupportedNotDropped() {
    PolicyDocument doc =
        PolicyDocument.parse(
            "{\"Version\":\"2012-10-17\",\"Comment\":\"x\",\"Statement\":{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:*\",\"Resource\":\"*\",\"Expires\":\"2030-01-01\"}}");

    assertThat(doc.statements().get(0).unsupportedElements())
        .containsExactlyInAnyOrder("document element Comment", "Expires");
  }

  @Test
  void parse_notJson_namesDocumentAndFix() {
    assertThatThrownBy(() -> PolicyDocument.parse("{\"Version\":"))
        .isInstanceOf(PolicyParseException.class)
        .hasMessageStartingWith("document: not valid JSON")
        .hasMessageContaining("fix the JSON syntax");
  }

  @Test
  void parse_misspelledEffect_namesElementValueAndFix() {
    assertThatThrownBy(
            () ->
                PolicyDocument.parse(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":\"s3:*\",\"Resource\":\"*\"},{\"Effect\":\"allow\","
                        + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"))
        .isInstanceOf(PolicyParseException.class)
        .hasMessageContaining("Statement[1].Effect")
        .hasMessageContaining("'allow'")
        .hasMessageContaining("use \"Allow\" or \"Deny\"")
        .extracting(e -> ((PolicyParseException) e).element())
        .isEqualTo("Statement[1].Effect");
  }

  @Test
  void parse_bothActionAndNotAction_isRejected() {
    assertThatThrownBy(
            () ->
                PolicyDocument.parse(
                    "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                        + "\"Action\":\"s3:*\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}}"))
        .isInstanceOf(PolicyParseException.class)
        .hasMessageContaining("Statement[0]")
        .hasMessageContaining("both Action and NotAction");
  }

  @Test
  void parse_missingAction_isRejected() {
    assertThatThrownBy(
            () ->
                PolicyDocument.parse(
                    "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                        + "\"Resource\":\"*\"}}"))
        .isInstanceOf(PolicyParseException.class)
        .hasMessageContaining("neither Action nor NotAction");
  }

  @Test
  void parse_actionWithoutService_isRejected() {
    assertThatThrownBy(
            () ->
                PolicyDocument.parse(
                    "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                        + "\"Action\":\"GetObject\",\"Resource\":\"*\"}}"))
        .isInstanceOf(PolicyParseException.class)
        .hasMessageContaining("Statement[0].Action")
        .hasMessageContaining("'GetObject' is not an action");
  }

  @Test
  void parse_unknownVersion_isRejected() {
    assertThatThrownBy(
            () ->
                PolicyDocument.parse(
                    "{\"Version\":\"2012-10-18\",\"Statement\":{\"Effect\":\"Allow\","
                        + "\"Action\":\"s3:*\",\"Resource\":\"*\"}}"))
        .isInstanceOf(PolicyParseException.class)
        .hasMessageContaining("Version")
        .hasMessageContaining("'2012-10-18'");
  }

  @Test
  void parse_conditionValueObject_isRejected() {
    assertThatThrownBy(
            () ->
                PolicyDocument.parse(
                    "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                        + "\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":"
                        + "{\"StringEquals\":{\"aws:SourceVpc\":{\"x\":1}}}}}"))
        .isInstanceOf(PolicyParseException.class)
        .hasMessageContaining("Statement[0].Condition.StringEquals.aws:SourceVpc")
        .hasMessageContaining("expected a string or an array of strings");
  }

  @Test
  void parse_missingStatement_isRejected() {
    assertThatThrownBy(() -> PolicyDocument.parse("{\"Version\":\"2012-10-17\"}"))
        .isInstanceOf(PolicyParseException.class)
        .hasMessageStartingWith("Statement: missing");
  }

  @Test
  void labeledParse_malformedDocument_namesTheLabel() {
    assertThatThrownBy(() -> LabeledPolicy.parse("inline:Broken", "[]"))
        .isInstanceOf(PolicyParseException.class)
        .hasMessageStartingWith("inline:Broken document: expected a JSON object");
  }

  @Test
  void parse_sameJsonTwice_givesEqualValues() {
    String json =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
            + "\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}}}";

    assertThat(PolicyDocument.parse(json)).isEqualTo(PolicyDocument.parse(json));
    assertThat(Map.of("k", PolicyDocument.parse(json))).containsKey("k");
  }
}
