package io.hyperpod.prereqs.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The rules on apiVersion, stack, account, region and tags. */
class StackRulesTest extends RuleTableTest {
  private static final ImmutableHyperPodPrerequisites FULL = ValidSpecs.full();

  static Stream<Arguments> broken() {
    return Stream.of(
        trips(
            "apiVersion of another version",
            FULL.withApiVersion("hyperpod-prereqs/v2"),
            "apiVersion",
            "use apiVersion: hyperpod-prereqs/v1"),
        trips("stack with capitals", FULL.withStack("Demo"), "stack", "use demo"),
        trips(
            "stack starting with a digit",
            FULL.withStack("1demo"),
            "stack",
            "not a valid stack name"),
        trips("stack with an underscore", FULL.withStack("my_stack"), "stack", "use my-stack"),
        trips("stack of 33 characters", FULL.withStack("a".repeat(33)), "stack", "at most 32"),
        trips(
            "stack so long the execution role name passes 64",
            FULL.withStack("a".repeat(50)),
            "stack",
            "execution role name"),
        trips("account of 11 digits", FULL.withAccount("12345678901"), "account", "12 digits"),
        trips("account with a letter", FULL.withAccount("12345678901a"), "account", "12 digits"),
        trips("region without HyperPod", FULL.withRegion("eu-west-3"), "region", "16 regions"),
        trips("region misspelt", FULL.withRegion("us-west2"), "region", "did you mean us-west-2?"),
        trips("tag key with aws: prefix", tags("aws:team", "ml"), "tags.aws:team", "reserves"),
        trips(
            "tag key of the tool's stack tag",
            tags("hyperpod-prereqs:stack", "x"),
            "tags.hyperpod-prereqs:stack",
            "the tool sets itself"),
        trips(
            "tag key SSMSessionRunAs",
            tags("ssmsessionrunas", "x"),
            "tags.ssmsessionrunas",
            "the tool sets itself"),
        trips("empty tag key", tags("", "x"), "tags.", "1 to 128"),
        trips(
            "tag key of 129 characters",
            tags("k".repeat(129), "x"),
            "tags." + "k".repeat(129),
            "1 to 128"),
        trips("tag key with #", tags("a#b", "x"), "tags.a#b", "tag keys may not hold"),
        trips(
            "tag value of 257 characters",
            tags("team", "v".repeat(257)),
            "tags.team",
            "longer than 256"),
        trips("tag value with $", tags("team", "a$b"), "tags.team", "tag values may not hold"),
        trips(
            "tag keys differing in case",
            FULL.withTags(ordered("Team", "a", "team", "b")),
            "tags.team",
            "only in case"),
        trips("tag value with a zero-width space", tags("team", "m\u200bl"), "tags.team",
            "remove them: ml."),
        trips("tag value with a right-to-left override", tags("team", "\u202eml"), "tags.team",
            "invisible or bidirectional"),
        trips("tag value with a line separator", tags("team", "m\u2028l"), "tags.team",
            "<U+2028>"),
        trips("tag key with a zero-width space", tags("te\u200bam", "ml"), "tags.te\u200bam",
            "remove them: team."),
        trips("49 tags", FULL.withTags(manyTags(49)), "tags", "more than 48"));
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        passes("stack of 32 characters", FULL.withStack("a".repeat(32))),
        passes("stack with digits and dashes", FULL.withStack("ml-team-2")),
        passes("stack of one letter", FULL.withStack("x")),
        passes("no account", ValidSpecs.minimal()),
        passes("another HyperPod region", ValidSpecs.minimal().withRegion("ap-southeast-4")),
        passes(
            "tag key of 128 and value of 256 characters", tags("k".repeat(128), "v".repeat(256))),
        passes("empty tag value", tags("team", "")),
        passes(
            "tag text with letters of any script, spaces and _.:/=+-@",
            tags("チーム name", "a_b.c:d/e=f+g-h@i")),
        passes("48 tags", FULL.withTags(manyTags(48))));
  }

  private static HyperPodPrerequisites tags(String key, String value) {
    return FULL.withTags(Map.of(key, value));
  }

  private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put(k1, v1);
    tags.put(k2, v2);
    return tags;
  }

  private static Map<String, String> manyTags(int count) {
    Map<String, String> tags = new LinkedHashMap<>();
    IntStream.range(0, count).forEach(i -> tags.put("key" + i, "value"));
    return tags;
  }
}
