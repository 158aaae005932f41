package io.hyperpod.prereqs.quotas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.account.AccountPort;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.fsx.FsxPort;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.s3.S3Port;
import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link QuotaTable} on the simulator: SageMaker's quotas, then the VPC quotas a cluster in a
 * custom VPC needs; a service whose quotas cannot be read is named on its rows, SageMaker's
 * failure is thrown.
 */
class QuotaTableTest {
  private final CloudBackend simulator = AwsSimulator.create().backend("us-west-2");

  @Test
  void read_listsSageMakersQuotasThenTheVpcQuotas_eachWithItsService() {
    List<QuotaRow> rows = QuotaTable.read(simulator, List.of("ml.p5.48xlarge"));

    assertThat(rows).extracting(QuotaRow::serviceCode, QuotaRow::name).containsExactly(
        org.assertj.core.groups.Tuple.tuple("sagemaker",
            "Maximum number instances allowed per SageMaker HyperPod cluster"),
        org.assertj.core.groups.Tuple.tuple("sagemaker",
            "Total number of instances allowed across SageMaker HyperPod clusters"),
        org.assertj.core.groups.Tuple.tuple("sagemaker",
            "Maximum size of EBS volume in GB for a SageMaker HyperPod cluster instance"),
        org.assertj.core.groups.Tuple.tuple("sagemaker", "ml.p5.48xlarge for cluster usage"),
        org.assertj.core.groups.Tuple.tuple("vpc", "Network interfaces per Region"),
        org.assertj.core.groups.Tuple.tuple("vpc", "VPCs per Region"));
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.code()).as(r.name()).isPresent();
      assertThat(r.unavailable()).as(r.name()).isEmpty();
    });
  }

  @Test
  void read_vpcQuotasDenied_rowsSayWhy_sageMakersStillRead() {
    List<QuotaRow> rows = QuotaTable.read(denying("vpc"),
        List.of("ml.p5.48xlarge"));

    assertThat(rows).filteredOn(r -> r.serviceCode().equals("sagemaker"))
        .hasSize(4).allSatisfy(r -> assertThat(r.code()).isPresent());
    assertThat(rows).filteredOn(r -> r.serviceCode().equals("vpc")).hasSize(2)
        .allSatisfy(r -> {
          assertThat(r.unavailable()).hasValueSatisfying(
              why -> assertThat(why).startsWith("AccessDeniedException: ").contains("vpc"));
          assertThat(r.code()).isEmpty();
          assertThat(r.value()).isEmpty();
        });
  }

  @Test
  void read_sageMakerQuotasDenied_isThrown() {
    assertThatThrownBy(() -> QuotaTable.read(denying("sagemaker"), List.of()))
        .isInstanceOf(AccessDeniedException.class);
  }

  /** The simulator, with Service Quotas refusing every read of one service's quotas. */
  private CloudBackend denying(String serviceCode) {
    QuotasPort real = simulator.quotas();
    // every QuotasPort method whose first argument is a service code refuses that service
    QuotasPort quotas = (QuotasPort) java.lang.reflect.Proxy.newProxyInstance(
        QuotasPort.class.getClassLoader(), new Class<?>[] {QuotasPort.class},
        (proxy, method, args) -> {
          if (args != null && args.length > 0 && serviceCode.equals(args[0])
              && !method.getName().equals("findRequest")) {
            throw new AccessDeniedException("servicequotas", "AccessDeniedException", 400,
                "no quotas of " + serviceCode + " for this caller", null, null);
          }
          try {
            return method.invoke(real, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
    return new CloudBackend() {
      @Override
      public String name() {
        return simulator.name();
      }

      @Override
      public AccountPort account() {
        return simulator.account();
      }

      @Override
      public IamPort iam() {
        return simulator.iam();
      }

      @Override
      public S3Port s3() {
        return simulator.s3();
      }

      @Override
      public Ec2Port ec2() {
        return simulator.ec2();
      }

      @Override
      public FsxPort fsx() {
        return simulator.fsx();
      }

      @Override
      public SsmPort ssm() {
        return simulator.ssm();
      }

      @Override
      public QuotasPort quotas() {
        return quotas;
      }

      @Override
      public SageMakerPort sageMaker() {
        return simulator.sageMaker();
      }
    };
  }
}
