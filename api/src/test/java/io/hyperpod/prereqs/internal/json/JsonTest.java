package io.hyperpod.prereqs.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "key order and whitespace | {\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]} | { \"Statement\" : [ { \"Resource\":\"*\", \"Action\":\"s3:GetObject\", \"Effect\":\"Allow\" } ], \"Version\":\"2012-10-17\" } | true",
    "one value or a one-element array | {\"Action\":\"s3:GetObject\"} | {\"Action\":[\"s3:GetObject\"]} | true",
    "a different action | {\"Action\":\"s3:GetObject\"} | {\"Action\":\"s3:PutObject\"} | false",
    "array order matters | {\"Action\":[\"a\",\"b\"]} | {\"Action\":[\"b\",\"a\"]} | false",
    "an added condition | {\"Effect\":\"Allow\"} | {\"Effect\":\"Allow\",\"Condition\":{}} | false",
  })
  void samePolicy(String name, String a, String b, boolean same) {
    assertThat(Json.samePolicy(a, b)).isEqualTo(same);
  }
}
