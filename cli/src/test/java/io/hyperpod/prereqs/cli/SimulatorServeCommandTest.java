package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulator serve}: the embedded state on the wire, changes saved back. */
class SimulatorServeCommandTest {
  static final Pattern ENDPOINT = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+)");
  static final String AUTH =
      "AWS4-HMAC-SHA256 Credential=AKIDTEST/20250101/us-east-1/iam/aws4_request,"
          + " SignedHeaders=host, Signature=00";

  @TempDir Path dir;

  @Test
  void serve_appliedStateAndWireChanges_areServedAndSavedOnStop() throws Exception {
    Path state = dir.resolve("simulator.json");
    AwsSimulator before = AwsSimulator.create();
    before.backend("us-west-2").iam().createUser("applied-user", java.util.Map.of());
    before.save(state);
    StringWriter err = new StringWriter();
    AtomicInteger code = new AtomicInteger(-1);
    Thread serving =
        new Thread(
            () ->
                code.set(
                    Main.run(
                        new String[] {
                          "simulator", "serve", "--port", "0", "--simulator-state", state.toString()
                        },
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(err, true),
                        false)));
    serving.start();
    URI endpoint = awaitEndpoint(err);

    HttpResponse<String> get = iam(endpoint, "Action=GetUser&UserName=applied-user");
    HttpResponse<String> create = iam(endpoint, "Action=CreateUser&UserName=wire-user");
    serving.interrupt();
    serving.join(Duration.ofSeconds(10).toMillis());

    assertThat(get.statusCode()).as(get.body()).isEqualTo(200);
    assertThat(get.body()).contains("<UserName>applied-user</UserName>");
    assertThat(create.statusCode()).as(create.body()).isEqualTo(200);
    assertThat(code.get()).as(err.toString()).isZero();
    assertThat(AwsSimulator.load(state).backend("us-west-2").iam().findUser("wire-user"))
        .isPresent();
  }

  @Test
  void serve_malformedAccessKey_failsNamingTheFormat() throws Exception {
    CliRun run =
        CliRun.run(dir.resolve("s.json"), "simulator", "serve", "--access-key", "AKIAONLY");

    assertThat(run.code).isEqualTo(ExitCodes.ERROR);
    assertThat(run.err).contains("'AKIAONLY'").contains("ID=ACCOUNT");
    assertThat(Files.exists(dir.resolve("s.json"))).isFalse();
  }

  private static HttpResponse<String> iam(URI endpoint, String form) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Authorization", AUTH)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&Version=2010-05-08",
                    StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Waits (at most 20 s) for the command to print where it listens. */
  private static URI awaitEndpoint(StringWriter err) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = ENDPOINT.matcher(err.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
    throw new AssertionError("serve printed no endpoint within 20 s:\n" + err);
  }
}
