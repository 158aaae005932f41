package io.hyperpod.prereqs.planmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.apply.PlanEditedException;
import io.hyperpod.prereqs.apply.StalePlanException;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.PlanContent;
import io.hyperpod.prereqs.plan.PlanFormat;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A saved plan is carried out exactly (docs/plan-model.md): the changes the file lists, in its
 * mode, for its spec. A file edited since plan saved it, or an account that moved since, is
 * refused with the difference named, before anything is written.
 */
class SavedPlanTest {
  static final ObjectMapper JSON = new ObjectMapper();

  CloudBackend backend;
  HyperPodPrerequisites quickstart;

  @BeforeEach
  void applied() {
    quickstart = PlanAgreement.examples().get("quickstart.yaml");
    backend = AwsSimulator.create().backend(quickstart.region());
    assertThat(quickstart.apply(backend).succeeded()).isTrue();
  }

  @Test
  void savedPlan_unedited_appliesExactlyTheChangesItLists() throws Exception {
    Perturbation more = Perturbation.of(quickstart).stream()
        .filter(p -> p.name().equals("add a cluster user")).findFirst().orElseThrow();
    String file = PlanFormat.planFile(more.next().plan(backend).content());
    // Re-indented and with its keys in another order it is the same plan.
    String compact = JSON.writeValueAsString(JSON.readTree(file));

    PlanContent saved = PlanFormat.readPlanFile(compact);
    ApplyResult result = Plan.of(saved, backend).apply();

    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    assertThat(result.changes()).extracting(c -> c.address() + " " + c.action().jsonName())
        .containsExactlyElementsOf(saved.changes().stream()
            .map(c -> c.address() + " " + c.action().jsonName()).toList());
    assertThat(result.changes()).filteredOn(c -> c.action() != ChangeAction.NOOP)
        .extracting(ChangeResult::address).extracting(Object::toString)
        .contains("iam_user.probe-user", "s3_object.shared_users.txt");
    assertThat(more.next().plan(backend).hasChanges()).isFalse();
  }

  @Test
  void savedPlan_modeEditedToDestroy_isRefusedAndNothingIsDeleted() throws Exception {
    String file = edited(quickstart.plan(backend).content(),
        doc -> doc.put("mode", "destroy"));

    assertThatThrownBy(() -> Plan.of(PlanFormat.readPlanFile(file), backend).apply())
        .isInstanceOf(PlanEditedException.class)
        .hasMessageContaining("was edited after it was made")
        .hasMessageContaining("its mode (mode, deleteData)")
        .hasMessageNotContaining("its spec");
    assertThat(backend.iam().findUser("alice")).isPresent();
    assertThat(quickstart.plan(backend).hasChanges()).isFalse();
  }

  @Test
  void savedPlan_embeddedSpecEdited_isRefusedNamingTheSpec() throws Exception {
    for (Map.Entry<String, Consumer<ObjectNode>> edit : Map.<String, Consumer<ObjectNode>>of(
        "osUser", doc -> ((ObjectNode) doc.get("spec").get("clusterUsers").get(0))
            .put("osUser", "mallory"),
        "prefix", doc -> ((ObjectNode) doc.get("spec").get("lifecycleScripts"))
            .put("prefix", "elsewhere"),
        "deleteData", doc -> doc.put("deleteData", true)).entrySet()) {
      String file = edited(quickstart.plan(backend).content(), edit.getValue());

      assertThatThrownBy(() -> Plan.of(PlanFormat.readPlanFile(file), backend))
          .as(edit.getKey())
          .isInstanceOf(PlanEditedException.class)
          .hasMessageContaining(edit.getKey().equals("deleteData") ? "its mode" : "its spec");
    }
    assertThat(backend.iam().findUser("alice").orElseThrow().tags())
        .containsEntry("SSMSessionRunAs", "alice");
  }

  @Test
  void savedPlan_changeEdited_isRefusedNamingTheChanges() throws Exception {
    String file = edited(quickstart.plan(backend).content(), doc -> {
      for (var c : doc.withArray("changes")) {
        if (c.get("address").asText().equals("iam_user.bob")) {
          ((ObjectNode) c).put("action", "delete").putObject("after");
        }
      }
    });

    assertThatThrownBy(() -> Plan.of(PlanFormat.readPlanFile(file), backend))
        .isInstanceOf(PlanEditedException.class)
        .hasMessageContaining("its changes")
        .hasMessageNotContaining("its mode");
    assertThat(backend.iam().findUser("bob")).isPresent();
  }

  @Test
  void savedPlan_accountMovedSince_isRefusedNamingWhatMoved() {
    PlanContent saved = PlanFormat.readPlanFile(
        PlanFormat.planFile(quickstart.plan(backend).content()));
    backend.iam().untag(PrincipalRef.user("bob"), List.of("SSMSessionRunAs"));

    assertThatThrownBy(() -> Plan.of(saved, backend).apply())
        .isInstanceOf(StalePlanException.class)
        .hasMessageContaining("the account changed since the plan was made")
        .hasMessageContaining("iam_principal_tag.user/bob/SSMSessionRunAs")
        .hasMessageContaining("nothing was changed");
    assertThat(backend.iam().findUser("bob").orElseThrow().tags())
        .doesNotContainKey("SSMSessionRunAs");
  }

  /** The saved plan file with an edit made to its JSON. */
  private static String edited(PlanContent content, Consumer<ObjectNode> edit) throws Exception {
    ObjectNode doc = (ObjectNode) JSON.readTree(PlanFormat.planFile(content));
    edit.accept(doc);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
  }
}
