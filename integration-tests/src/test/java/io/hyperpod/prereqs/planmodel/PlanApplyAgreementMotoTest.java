package io.hyperpod.prereqs.planmodel;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.aws.moto.MotoExtension;
import io.hyperpod.prereqs.spec.Network;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PlanApplyAgreementTest} through the AWS backend (the AWS SDK) against moto server, for
 * what moto can hold: every example spec without {@code restrictBucketToVpc}. moto 5.2 enforces
 * the bucket's Deny unless aws:SourceVpce but not its exemption of the caller (it has no
 * aws:PrincipalArn), so the tool's own uploads after that policy would be refused there; the
 * simulator's test covers turning it on and off.
 */
class PlanApplyAgreementMotoTest {
  @RegisterExtension static final MotoExtension MOTO = new MotoExtension();

  static List<String> examples() {
    return List.copyOf(PlanAgreement.examples().keySet());
  }

  private static HyperPodPrerequisites withoutVpcOnlyBucket(HyperPodPrerequisites spec) {
    return spec.network().filter(Network::restrictBucketToVpc)
        .map(n -> Perturbation.withRestriction(spec, n, false)).orElse(spec);
  }

  /**
   * One account per example, the perturbations one after the other on it (a full apply on moto
   * takes many seconds): each step from the spec applied before to the perturbation's base, then
   * to its next spec, is checked.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void perturbations_appliedAsPlannedOnMoto_leaveThePlannedStateAndNothingToDo(String name) {
    HyperPodPrerequisites example = withoutVpcOnlyBucket(PlanAgreement.examples().get(name));
    MOTO.server().reset();
    try (AwsBackend aws = MOTO.server().backend()) {
      HyperPodPrerequisites applied = null;
      for (Perturbation p : Perturbation.of(example)) {
        if (p.name().contains("restrictBucketToVpc")) {
          continue;
        }
        Perturbation onMoto = p.map(PlanApplyAgreementMotoTest::withoutVpcOnlyBucket);
        if (!onMoto.base().equals(applied)) {
          PlanAgreement.step(p + " (to its base spec)", onMoto.base(), () -> aws);
        }
        PlanAgreement.step(p.name(), onMoto.next(), () -> aws);
        applied = onMoto.next();
      }
    }
  }
}
