package io.hyperpod.prereqs.spec;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The rules on the lifecycle-script bucket (S3 names, the sagemaker- prefix) and key prefix. */
class LifecycleScriptsRulesTest extends RuleTableTest {
  static Stream<Arguments> broken() {
    return Stream.of(
        trips(
            "bucket without sagemaker-",
            bucket("demo-lifecycle"),
            "lifecycleScripts.bucket",
            "AmazonSageMakerClusterInstanceRolePolicy reads only buckets named sagemaker-* in the"
                + " same account"),
        trips("bucket of 2 characters", bucket("sa"), "lifecycleScripts.bucket", "3 to 63"),
        trips(
            "bucket of 64 characters",
            bucket("sagemaker-" + "a".repeat(54)),
            "lifecycleScripts.bucket",
            "3 to 63"),
        trips(
            "bucket with capitals",
            bucket("sagemaker-Demo"),
            "lifecycleScripts.bucket",
            "only lowercase letters"),
        trips(
            "bucket with _",
            bucket("sagemaker_demo"),
            "lifecycleScripts.bucket",
            "only lowercase letters"),
        trips(
            "bucket ending with -",
            bucket("sagemaker-demo-"),
            "lifecycleScripts.bucket",
            "begin and end"),
        trips("bucket with ..", bucket("sagemaker-a..b"), "lifecycleScripts.bucket", "two periods"),
        trips(
            "bucket like an IP address",
            bucket("192.168.1.1"),
            "lifecycleScripts.bucket",
            "IP address"),
        trips(
            "bucket starting with xn--",
            bucket("xn--sagemaker"),
            "lifecycleScripts.bucket",
            "starting with xn--"),
        trips(
            "bucket ending with -s3alias",
            bucket("sagemaker-demo-s3alias"),
            "lifecycleScripts.bucket",
            "ending with -s3alias"),
        trips(
            "bucket ending with --ol-s3",
            bucket("sagemaker-demo--ol-s3"),
            "lifecycleScripts.bucket",
            "ending with --ol-s3"),
        trips(
            "bucket ending with .mrap",
            bucket("sagemaker-demo.mrap"),
            "lifecycleScripts.bucket",
            "ending with .mrap"),
        trips(
            "bucket ending with --x-s3",
            bucket("sagemaker-demo--x-s3"),
            "lifecycleScripts.bucket",
            "ending with --x-s3"),
        trips(
            "prefix starting with /",
            prefix("/hyperpod"),
            "lifecycleScripts.prefix",
            "without the leading '/': hyperpod"),
        trips(
            "prefix with //",
            prefix("hyperpod//lifecycle"),
            "lifecycleScripts.prefix",
            "hyperpod/lifecycle"),
        trips(
            "prefix with a tab",
            prefix("hyper\tpod"),
            "lifecycleScripts.prefix",
            "invisible"),
        trips(
            "prefix * (widens the tool's policy to BUCKET/*/*)",
            prefix("*"),
            "lifecycleScripts.prefix",
            "wildcards"),
        trips("prefix with ?", prefix("hyperpod/life?ycle"), "lifecycleScripts.prefix",
            "e.g. hyperpod/life-ycle"),
        trips("prefix with a policy variable", prefix("${aws:username}"),
            "lifecycleScripts.prefix", "policy variable"),
        trips("prefix with a space", prefix("hyper pod"), "lifecycleScripts.prefix",
            "e.g. hyper-pod"),
        trips("prefix with a zero-width space", prefix("hyperpod\u200b/lifecycle"),
            "lifecycleScripts.prefix", "remove them: hyperpod/lifecycle."),
        trips("prefix with a right-to-left override", prefix("hyperpod/\u202elifecycle"),
            "lifecycleScripts.prefix", "<U+202E>"),
        trips("prefix with a line separator", prefix("hyperpod\u2028lifecycle"),
            "lifecycleScripts.prefix", "invisible or bidirectional"),
        trips(
            "prefix of 960 characters",
            prefix("p".repeat(960)),
            "lifecycleScripts.prefix",
            "959 characters or fewer"));
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        passes("bucket with dots and digits", bucket("sagemaker-a.b-c1")),
        passes("bucket of 63 characters", bucket("sagemaker-" + "a".repeat(53))),
        passes("empty prefix", prefix("")),
        passes("prefix ending with /", prefix("hyperpod/lifecycle/")),
        passes("prefix of 959 characters", prefix("p".repeat(959))));
  }

  private static HyperPodPrerequisites bucket(String bucket) {
    return ValidSpecs.full()
        .withLifecycleScripts(LifecycleScripts.of(bucket, "hyperpod/lifecycle"));
  }

  private static HyperPodPrerequisites prefix(String prefix) {
    return ValidSpecs.full()
        .withLifecycleScripts(LifecycleScripts.of("sagemaker-demo-lifecycle", prefix));
  }
}
