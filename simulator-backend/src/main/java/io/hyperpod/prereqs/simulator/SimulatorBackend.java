package io.hyperpod.prereqs.simulator;

import io.hyperpod.prereqs.simulator.internal.BackendAccess;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.ec2.RoutingOperations;
import io.hyperpod.prereqs.simulator.internal.ec2.SimulatedEc2;
import io.hyperpod.prereqs.simulator.internal.fsx.SimulatedFsx;
import io.hyperpod.prereqs.simulator.internal.iam.SimulatedIam;
import io.hyperpod.prereqs.simulator.internal.kms.SimulatedKms;
import io.hyperpod.prereqs.simulator.internal.quotas.SimulatedQuotas;
import io.hyperpod.prereqs.simulator.internal.s3.SimulatedS3;
import io.hyperpod.prereqs.simulator.internal.sagemaker.SimulatedSageMaker;
import io.hyperpod.prereqs.simulator.internal.ssm.SimulatedSsm;
import io.hyperpod.prereqs.simulator.internal.sts.SimulatedAccount;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.account.AccountPort;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.fsx.FsxPort;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.s3.S3Port;
import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import io.hyperpod.prereqs.spi.ssm.SsmPort;

/**
 * A {@link CloudBackend} on an {@link AwsSimulator}: one account, one region, one caller. Get one
 * from {@link AwsSimulator#backend(String, String)}. Thread-safe; backends of the same simulator
 * see each other's changes.
 */
public final class SimulatorBackend implements CloudBackend {
  static {
    BackendAccess.register(
        backend -> {
          if (!(backend instanceof SimulatorBackend)) {
            throw new IllegalArgumentException("not a simulator backend: " + backend.name());
          }
          return ((SimulatorBackend) backend).context;
        });
  }

  private final AwsSimulator simulator;
  private final BackendContext context;
  private final AccountPort account;
  private final IamPort iam;
  private final S3Port s3;
  private final Ec2Port ec2;
  private final FsxPort fsx;
  private final SsmPort ssm;
  private final QuotasPort quotas;
  private final SageMakerPort sageMaker;
  private final KmsPort kms;

  SimulatorBackend(AwsSimulator simulator, BackendContext context) {
    this.simulator = simulator;
    this.context = context;
    this.account = new SimulatedAccount(context);
    this.iam = new SimulatedIam(context);
    this.s3 = new SimulatedS3(context);
    this.ec2 = new SimulatedEc2(context);
    this.fsx = new SimulatedFsx(context);
    this.ssm = new SimulatedSsm(context, this::asRoot);
    this.quotas = new SimulatedQuotas(context);
    this.sageMaker = new SimulatedSageMaker(context, this::asRoot);
    this.kms = new SimulatedKms(context);
  }

  @Override
  public String name() {
    return "simulator";
  }

  /** {@return the simulator this backend calls into} */
  public AwsSimulator simulator() {
    return simulator;
  }

  /** {@return the 12-digit account id the calls act in} */
  public String accountId() {
    return context.accountId();
  }

  /** {@return the region name the regional ports work in, e.g. {@code us-west-2}} */
  public String region() {
    return context.region();
  }

  /** {@return who the calls are made as: the account's root, an IAM user or a role session} */
  public SimulatedCaller caller() {
    return context.caller();
  }

  /**
   * A backend of the same account and region that calls as someone else.
   *
   * @param caller the principal the new backend's calls act as
   * @return a backend sharing this one's simulator, account and region
   */
  public SimulatorBackend as(SimulatedCaller caller) {
    return new SimulatorBackend(simulator, context.withCaller(caller));
  }

  private SimulatorBackend asRoot() {
    return as(SimulatedCaller.root());
  }

  /**
   * The OS user a session started by {@code ssm().startSession(target)} runs as (simulator only:
   * AWS's StartSession answer does not say). On a HyperPod node it is the caller's {@code
   * SSMSessionRunAs} tag or the Run As default user when Run As is on, {@code ssm-user} when it
   * is off. Empty for an unknown session id.
   *
   * @param sessionId the id {@code startSession} returned
   * @return the OS user's name, or empty
   */
  public java.util.Optional<String> sessionOsUser(String sessionId) {
    return context.locked(() -> context.regionState().ssm().sessionUser(sessionId));
  }

  /**
   * Routes a subnet's traffic to the internet through a NAT gateway, as an account set up outside
   * the tool would (simulator only: the simulator has no NAT gateways, so the id is taken as
   * given and only its form is checked): a route table of its own in the subnet's VPC, associated
   * with the subnet (which leaves the table that served it), with the route {@code 0.0.0.0/0} to
   * the NAT gateway. Runs as the EC2 calls CreateRouteTable, AssociateRouteTable and CreateRoute
   * would, with their errors ({@code InvalidSubnetID.NotFound}, ...).
   *
   * @param subnetId the subnet, {@code subnet-...}
   * @param natGatewayId the NAT gateway, {@code nat-...}
   * @return the new route table's id, {@code rtb-...}
   */
  public String routeThroughNatGateway(String subnetId, String natGatewayId) {
    return context.call(
        "ec2",
        "CreateRouteTable",
        () -> new RoutingOperations(context).routeThroughNatGateway(subnetId, natGatewayId));
  }

  /**
   * Gives a subnet a route table of its own, with no route but the VPC's local one (simulator
   * only; as the EC2 calls CreateRouteTable and AssociateRouteTable would, with their errors):
   * the subnet then reaches neither S3 nor the internet until a route or endpoint is added.
   *
   * @param subnetId the subnet, {@code subnet-...}
   * @return the new route table's id, {@code rtb-...}
   */
  public String ownRouteTable(String subnetId) {
    return context.call(
        "ec2", "CreateRouteTable", () -> new RoutingOperations(context).ownRouteTable(subnetId));
  }

  @Override
  public AccountPort account() {
    return account;
  }

  @Override
  public IamPort iam() {
    return iam;
  }

  @Override
  public S3Port s3() {
    return s3;
  }

  @Override
  public Ec2Port ec2() {
    return ec2;
  }

  @Override
  public FsxPort fsx() {
    return fsx;
  }

  @Override
  public SsmPort ssm() {
    return ssm;
  }

  @Override
  public QuotasPort quotas() {
    return quotas;
  }

  @Override
  public SageMakerPort sageMaker() {
    return sageMaker;
  }

  @Override
  public KmsPort kms() {
    return kms;
  }

  /** The simulator's clock. */
  @Override
  public java.time.Clock clock() {
    return context.clock();
  }

  /** Moves the simulator's clock forward instead of sleeping. */
  @Override
  public void pause(java.time.Duration duration) {
    context.clock().advance(duration);
  }

  @Override
  public String toString() {
    return "SimulatorBackend["
        + accountId()
        + " "
        + region()
        + " as "
        + caller().kind()
        + caller().name().map(n -> " " + n).orElse("")
        + "]";
  }
}
