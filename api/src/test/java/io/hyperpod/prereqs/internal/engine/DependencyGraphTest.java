package io.hyperpod.prereqs.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.plan.ResourceAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
  static ResourceAddress a(String s) {
    return ResourceAddress.parse(s);
  }

  static DependencyGraph graph(Object... pairs) {
    Map<ResourceAddress, List<ResourceAddress>> edges = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> deps = (List<String>) pairs[i + 1];
      edges.put(a((String) pairs[i]), deps.stream().map(DependencyGraphTest::a).toList());
    }
    return new DependencyGraph(edges);
  }

  @Test
  void topologicalOrder_dependenciesComeFirstAndTiesByAddress() {
    DependencyGraph g = graph(
        "s3_object.b", List.of("s3_bucket.x"),
        "s3_object.a", List.of("s3_bucket.x"),
        "s3_bucket.x", List.of(),
        "iam_user.z", List.of());

    assertThat(g.topologicalOrder()).extracting(Object::toString)
        .containsExactly("iam_user.z", "s3_bucket.x", "s3_object.a", "s3_object.b");
  }

  @Test
  void reversed_deletesDependentsFirst() {
    DependencyGraph g = graph(
        "iam_policy_attachment.u/p", List.of("iam_user.u", "iam_policy.p"),
        "iam_user.u", List.of(),
        "iam_policy.p", List.of());

    List<ResourceAddress> order = g.reversed().topologicalOrder();

    assertThat(order.get(0)).hasToString("iam_policy_attachment.u/p");
    assertThat(g.reversed().dependenciesOf(a("iam_user.u")))
        .containsExactly(a("iam_policy_attachment.u/p"));
  }

  @Test
  void dependenciesOutsideTheGraph_areIgnored() {
    DependencyGraph g = graph("s3_object.a", List.of("fsx_file_system.lustre"));

    assertThat(g.dependenciesOf(a("s3_object.a"))).isEmpty();
    assertThat(g.topologicalOrder()).containsExactly(a("s3_object.a"));
  }

  @Test
  void cycle_isReportedWithTheResourcesInIt() {
    DependencyGraph g = graph("x.a", List.of("x.b"), "x.b", List.of("x.a"), "x.c", List.of());

    assertThatThrownBy(g::topologicalOrder).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cycle").hasMessageContaining("x.a").hasMessageContaining("x.b")
        .hasMessageNotContaining("x.c");
  }
}
