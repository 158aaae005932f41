package io.hyperpod.prereqs.planmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.ChangeState;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed plan API on real plans of the example specs: {@code plan.change(address)}, {@code
 * plan.changes(actions...)}, the typed states of a change, and the CreateCluster request's JSON.
 */
class TypedPlanApiTest {
  private static final ObjectMapper JSON =
      JsonMapper.builder().addModule(new Jdk8Module()).build();

  private final HyperPodPrerequisites quickstart =
      PlanAgreement.examples().get("quickstart.yaml");
  private final CloudBackend backend = AwsSimulator.create().backend(quickstart.region());

  static List<String> exampleNames() {
    return List.copyOf(PlanAgreement.examples().keySet());
  }

  @Test
  void change_addressInThePlan_givesItsChangeWithTypedStates() {
    Plan plan = quickstart.plan(backend);

    ResourceChange alice = plan.change("iam_user.alice");

    assertThat(alice.action()).isEqualTo(ChangeAction.CREATE);
    assertThat(alice.beforeState().exists()).isFalse();
    assertThat(alice.afterState().exists()).isTrue();
    assertThat(alice.afterState().string("name")).contains("alice");
    assertThat(alice.afterState().string("arn"))
        .hasValueSatisfying(a -> assertThat(a).endsWith(":user/alice"));
    assertThat(alice.afterState().map("tags"))
        .containsEntry("hyperpod-prereqs:stack", "quickstart");
    assertThat(alice.afterState().string("/tags/hyperpod-prereqs:stack")).contains("quickstart");
    assertThat(alice.afterState().string("/tags/team")).isEmpty();
    assertThat(plan.findChange("iam_user.alice")).contains(alice);
    assertThat(plan.findChange("iam_user.carol")).isEmpty();
  }

  @Test
  void change_addressNotInThePlan_namesTheNearestAddresses() {
    Plan plan = quickstart.plan(backend);

    assertThatThrownBy(() -> plan.change("iam_user.alicia"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageStartingWith(
            "the plan has no change of iam_user.alicia; nearest: iam_user.alice")
        .hasMessageContaining(plan.changes().size() + " changes");
    assertThatThrownBy(() -> plan.change("alice"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type.name");
  }

  @Test
  void typedAccessor_wrongType_namesTheChangeTheAttributeAndItsType() {
    ResourceChange alice = quickstart.plan(backend).change("iam_user.alice");

    assertThatThrownBy(() -> alice.afterState().number("name"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "iam_user.alice after: name is text, not a whole number"
                + " (use json(\"name\") for any JSON value)");
  }

  @Test
  void changes_actions_selectExactlyTheChangesWithThoseActions() {
    HyperPodPrerequisites spec = quickstart;
    assertThat(spec.apply(backend).succeeded()).isTrue();
    Plan plan = spec.toBuilder().tags(Map.of("team", "ml")).build().plan(backend);

    for (ChangeAction action : ChangeAction.values()) {
      assertThat(plan.changes(action))
          .as(action.jsonName())
          .containsExactlyElementsOf(
              plan.changes().stream().filter(c -> c.action() == action).toList());
    }
    assertThat(plan.changes(ChangeAction.UPDATE)).isNotEmpty();
    assertThat(plan.changes(ChangeAction.UPDATE, ChangeAction.NOOP))
        .containsExactlyElementsOf(
            plan.changes().stream()
                .filter(
                    c -> EnumSet.of(ChangeAction.UPDATE, ChangeAction.NOOP).contains(c.action()))
                .toList());
    assertThat(plan.changes(ChangeAction.CREATE, ChangeAction.DELETE)).isEmpty();
    assertThat(plan.changes()).hasSameSizeAs(plan.content().changes());
  }

  /** Over every change of every example's first plan: the typed states say what the maps say. */
  @ParameterizedTest
  @MethodSource("exampleNames")
  void typedStates_everyChangeOfAnExample_agreeWithTheChangesMaps(String example) {
    HyperPodPrerequisites spec = PlanAgreement.examples().get(example);
    Plan plan = spec.plan(AwsSimulator.create().backend(spec.region()));
    int unknownSeen = 0;

    for (ResourceChange change : plan.changes()) {
      assertThat(plan.change(change.address().toString())).isEqualTo(change);
      ChangeState before = change.beforeState();
      ChangeState after = change.afterState();
      assertThat(before.asMap()).isEqualTo(change.before());
      assertThat(after.asMap()).isEqualTo(change.after());
      assertThat(after.unknownPaths()).isEqualTo(change.afterUnknown());
      assertThat(before.unknownPaths()).isEmpty();
      for (String path : change.afterUnknown()) {
        assertThat(after.isUnknown(path)).as(change.address() + path).isTrue();
        assertThat(after.json(path)).as(change.address() + path).isEmpty();
        unknownSeen++;
      }
      change.after()
          .forEach(
              (key, value) -> {
                assertThat(after.has(key)).isTrue();
                if (after.isUnknown(key)) {
                  assertThat(after.json(key)).isEmpty();
                } else if (value != null) {
                  assertThat(after.json(key)).contains(value);
                  assertThat(after.json("/" + key.replace("~", "~0").replace("/", "~1")))
                      .contains(value);
                }
              });
    }
    assertThat(plan.changes()).isNotEmpty();
    if (spec.network().isPresent()) {
      assertThat(unknownSeen)
          .as("a network to create has ids known only after apply")
          .isPositive();
    }
  }

  @Test
  void createClusterRequest_toJson_isSageMakersBodyAndReadsBackEqual() throws Exception {
    assertThat(quickstart.apply(backend).succeeded()).isTrue();
    CreateClusterRequest request =
        quickstart.plan(backend).createClusterRequest().orElseThrow();
    assertThat(request.complete()).isTrue();

    JsonNode json = JSON.readTree(request.toJson());

    List<String> names = new ArrayList<>();
    json.get("InstanceGroups").forEach(g -> names.add(g.get("InstanceGroupName").asText()));
    assertThat(names)
        .containsExactlyElementsOf(
            quickstart.instanceGroups().stream().map(InstanceGroup::name).toList());
    assertThat(json.get("ClusterName").asText()).isEqualTo(request.clusterName());
    json.get("InstanceGroups")
        .forEach(
            g ->
                assertThat(g.get("ExecutionRole").asText())
                    .startsWith("arn:aws:iam::")
                    .contains(":role/"));
    assertThat(JSON.readValue(request.toJson(), CreateClusterRequest.class)).isEqualTo(request);
    assertThat(request.toJson()).contains("\n  \"ClusterName\"");
  }
}
