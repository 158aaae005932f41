package io.hyperpod.prereqs.soak;

import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ThrottledException;
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
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A backend in front of another that misbehaves like a network and a crashing process, seeded so
 * every run can be repeated. Each call is one request, counted from 1 across all ports.
 *
 * <ul>
 *   <li><b>Faults</b> ({@code rate} of the calls that change something): throttling and a 500
 *       before the call runs, an answer lost before the call reaches the account (drop-before),
 *       and an answer lost after the account did the work (drop-after). Faulted reads are retried
 *       here, as the AWS SDK retries idempotent reads, so they never surface.
 *   <li><b>Kill</b> at request {@code n}: that request runs (its answer is lost) and it and every
 *       later request throw {@link Killed}, an {@link Error} that ends the apply as a SIGKILL would
 *       end the process: nothing more reaches the account.
 * </ul>
 */
final class FaultyBackend implements CloudBackend {
  /** Operations that change the account; the rest are reads. */
  private static final Pattern WRITE = Pattern.compile(
      "(create|put|delete|attach|detach|tag|untag|authorize|revoke|modify|update|set|request"
          + "|associate|add|remove|upload|schedule).*");

  /** The process died: nothing after this reaches the account. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed(int request) {
      super("killed at request " + request);
    }
  }

  private final CloudBackend inner;
  private final double rate;
  private final Random random;
  private final int killAt;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile String dropAfterFirst;
  private volatile Runnable beforeFirst;
  private volatile String beforeFirstOf;
  private final AtomicInteger faults = new AtomicInteger();
  private volatile boolean killed;

  private FaultyBackend(CloudBackend inner, double rate, long seed, int killAt) {
    this.inner = inner;
    this.rate = rate;
    this.random = new Random(seed);
    this.killAt = killAt;
  }

  /** Faults on {@code rate} of the writes, drawn from {@code seed}. */
  static FaultyBackend faulty(CloudBackend inner, double rate, long seed) {
    return new FaultyBackend(inner, rate, seed, Integer.MAX_VALUE);
  }

  /** No faults; killed at request {@code n} (it runs, its answer and everything later is lost). */
  static FaultyBackend killedAt(CloudBackend inner, int n) {
    return new FaultyBackend(inner, 0, 0, n);
  }

  /** No faults, except that the answer to the first call of {@code method} is lost. */
  static FaultyBackend droppingFirstAnswerOf(CloudBackend inner, String method) {
    FaultyBackend b = new FaultyBackend(inner, 0, 0, Integer.MAX_VALUE);
    b.dropAfterFirst = method;
    return b;
  }

  /** No faults; {@code action} runs right before the first call of {@code method}. */
  static FaultyBackend before(CloudBackend inner, String method, Runnable action) {
    FaultyBackend b = new FaultyBackend(inner, 0, 0, Integer.MAX_VALUE);
    b.beforeFirstOf = method;
    b.beforeFirst = action;
    return b;
  }

  /** Requests made (or attempted) so far. */
  int requests() {
    return requests.get();
  }

  int faults() {
    return faults.get();
  }

  boolean killed() {
    return killed;
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public Clock clock() {
    return inner.clock();
  }

  @Override
  public void pause(Duration duration) {
    inner.pause(duration);
  }

  @Override
  public AccountPort account() {
    return wrap(AccountPort.class, inner.account(), "sts");
  }

  @Override
  public IamPort iam() {
    return wrap(IamPort.class, inner.iam(), "iam");
  }

  @Override
  public S3Port s3() {
    return wrap(S3Port.class, inner.s3(), "s3");
  }

  @Override
  public Ec2Port ec2() {
    return wrap(Ec2Port.class, inner.ec2(), "ec2");
  }

  @Override
  public FsxPort fsx() {
    return wrap(FsxPort.class, inner.fsx(), "fsx");
  }

  @Override
  public io.hyperpod.prereqs.spi.kms.KmsPort kms() {
    return wrap(io.hyperpod.prereqs.spi.kms.KmsPort.class, inner.kms(), "kms");
  }

  @Override
  public SsmPort ssm() {
    return wrap(SsmPort.class, inner.ssm(), "ssm");
  }

  @Override
  public QuotasPort quotas() {
    return wrap(QuotasPort.class, inner.quotas(), "servicequotas");
  }

  @Override
  public SageMakerPort sageMaker() {
    return wrap(SageMakerPort.class, inner.sageMaker(), "sagemaker");
  }

  private <T> T wrap(Class<T> port, T target, String service) {
    Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
        (self, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.invoke(target, args);
          }
          boolean write = WRITE.matcher(method.getName()).matches();
          while (true) {
            int n = requests.incrementAndGet();
            if (killed || n > killAt) {
              killed = true;
              throw new Killed(n);
            }
            Fault fault = n == killAt ? Fault.DROP_AFTER : draw();
            if (method.getName().equals(dropAfterFirst)) {
              dropAfterFirst = null;
              fault = Fault.DROP_AFTER;
            }
            if (method.getName().equals(beforeFirstOf)) {
              beforeFirstOf = null;
              beforeFirst.run();
            }
            if (fault != Fault.NONE && !write && n != killAt) {
              faults.incrementAndGet();
              continue;
            }
            if (fault != Fault.NONE) {
              faults.incrementAndGet();
            }
            String op = method.getName();
            switch (fault) {
              case THROTTLE -> throw new ThrottledException(service, "Throttling", 400,
                  "Rate exceeded (injected before " + op + ")");
              case SERVER_ERROR -> throw new CloudException(service, "InternalError", 500,
                  "We encountered an internal error. Please try again. (injected before " + op
                      + ")");
              case DROP_BEFORE -> throw lost(service, op, "before it reached AWS");
              default -> { }
            }
            Object result;
            try {
              result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
            if (fault == Fault.DROP_AFTER) {
              if (n == killAt) {
                killed = true;
                throw new Killed(n);
              }
              throw lost(service, op, "after AWS did it");
            }
            return result;
          }
        });
    return port.cast(proxy);
  }

  private static CloudException lost(String service, String op, String when) {
    return new CloudException(service, "ClientError", 0, op + " failed before AWS answered:"
        + " the connection was reset (injected, " + when + ")");
  }

  private enum Fault { NONE, THROTTLE, SERVER_ERROR, DROP_BEFORE, DROP_AFTER }

  private Fault draw() {
    synchronized (random) {
      if (rate <= 0 || random.nextDouble() >= rate) {
        return Fault.NONE;
      }
      return Fault.values()[1 + random.nextInt(4)];
    }
  }
}
