package io.hyperpod.prereqs.wire;

import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.account.AccountPort;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.fsx.FsxPort;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.s3.S3Port;
import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * The AWS backend talking to a served simulator, for the conformance test: every port goes over
 * the wire, except that an operation the AWS backend has not written yet (it throws {@link
 * UnsupportedOperationException}) is done on the served simulator directly and listed in {@link
 * #direct()}, so the test covers each service on the wire as soon as the AWS backend speaks it.
 * Time is the served simulator's clock, as it is for the in-memory run.
 */
final class WireBackend implements CloudBackend {
  private final AwsBackend aws;
  private final SimulatorBackend served;
  private final Set<String> direct = new TreeSet<>();

  WireBackend(AwsBackend aws, SimulatorBackend served) {
    this.aws = aws;
    this.served = served;
  }

  /** The operations done on the simulator directly ({@code SsmPort.createDocument}, ...). */
  Set<String> direct() {
    synchronized (direct) {
      return new TreeSet<>(direct);
    }
  }

  @Override
  public String name() {
    return "aws-over-the-wire";
  }

  @Override
  public AccountPort account() {
    return wired(AccountPort.class, aws.account(), served.account());
  }

  @Override
  public IamPort iam() {
    return wired(IamPort.class, aws.iam(), served.iam());
  }

  @Override
  public S3Port s3() {
    return wired(S3Port.class, aws.s3(), served.s3());
  }

  @Override
  public Ec2Port ec2() {
    return wired(Ec2Port.class, aws.ec2(), served.ec2());
  }

  @Override
  public FsxPort fsx() {
    return wired(FsxPort.class, aws.fsx(), served.fsx());
  }

  @Override
  public SsmPort ssm() {
    return wired(SsmPort.class, aws.ssm(), served.ssm());
  }

  @Override
  public QuotasPort quotas() {
    return wired(QuotasPort.class, aws.quotas(), served.quotas());
  }

  @Override
  public SageMakerPort sageMaker() {
    return wired(SageMakerPort.class, aws.sageMaker(), served.sageMaker());
  }

  @Override
  public Clock clock() {
    return served.clock();
  }

  @Override
  public void pause(Duration duration) {
    served.pause(duration);
  }

  private <T> T wired(Class<T> port, T overTheWire, T onTheSimulator) {
    Object proxy =
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (self, method, args) -> {
              try {
                return method.invoke(overTheWire, args);
              } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof UnsupportedOperationException)) {
                  throw e.getCause();
                }
              }
              synchronized (direct) {
                direct.add(port.getSimpleName() + "." + method.getName());
              }
              try {
                return method.invoke(onTheSimulator, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
    return port.cast(proxy);
  }
}
