package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private static final int WORKERS = 8;
  private static final int PER_WORKER = 50;
  private static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";

  @Test
  void creates_fromEightParallelWorkers_allLandWithDistinctIds() throws Exception {
    AwsSimulator aws = AwsSimulator.create();
    CloudBackend backend = aws.backend("us-west-2");
    String policyArn = backend.iam().createPolicy("Shared", "/", POLICY, null, Map.of()).arn();

    runInParallel(
        worker -> {
          for (int i = 0; i < PER_WORKER; i++) {
            String name = "w" + worker + "-" + i;
            backend.iam().createUser(name, Map.of("worker", String.valueOf(worker)));
            backend.iam().attachPolicy(PrincipalRef.user(name), policyArn);
            backend.s3().createBucket("sagemaker-" + name);
            backend.s3().putObject("sagemaker-" + name, "k", name.getBytes(), null);
          }
          return null;
        });

    List<IamUser> users = backend.iam().snapshot().users();
    assertThat(users).hasSize(WORKERS * PER_WORKER);
    assertThat(users.stream().map(IamUser::userId).collect(Collectors.toSet()))
        .hasSize(WORKERS * PER_WORKER);
    assertThat(backend.s3().listBuckets()).hasSize(WORKERS * PER_WORKER);
    assertThat(backend.iam().findPolicy(policyArn).orElseThrow().attachmentCount())
        .isEqualTo(WORKERS * PER_WORKER);
  }

  @Test
  void createUser_sameNameFromEightWorkers_succeedsExactlyOnce() throws Exception {
    CloudBackend backend = AwsSimulator.create().backend("us-west-2");

    List<Boolean> created =
        runInParallel(
            worker -> {
              try {
                backend.iam().createUser("contended", Map.of());
                return true;
              } catch (io.hyperpod.prereqs.spi.AlreadyExistsException e) {
                return false;
              }
            });

    assertThat(created).containsOnlyOnce(true);
  }

  @Test
  void save_whileWorkersWrite_givesALoadableSnapshot() throws Exception {
    AwsSimulator aws = AwsSimulator.create();
    CloudBackend backend = aws.backend("us-west-2");

    List<String> snapshots =
        runInParallel(
            worker -> {
              if (worker == 0) {
                return aws.toJson();
              }
              for (int i = 0; i < PER_WORKER; i++) {
                backend.iam().createUser("w" + worker + "-" + i, Map.of());
              }
              return aws.toJson();
            });

    for (String json : snapshots) {
      assertThat(AwsSimulator.fromJson(json).backend("us-west-2").iam().snapshot().users().size())
          .isBetween(0, WORKERS * PER_WORKER);
    }
  }

  /** Runs the task on eight threads that start together; their results in worker order. */
  private static <T> List<T> runInParallel(Task<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        int worker = w;
        Callable<T> call =
            () -> {
              start.await();
              return task.run(worker);
            };
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface Task<T> {
    T run(int worker) throws Exception;
  }
}
