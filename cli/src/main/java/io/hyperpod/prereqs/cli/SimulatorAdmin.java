package io.hyperpod.prereqs.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Calls the admin endpoint of the {@code simulator serve} that holds a state file. */
final class SimulatorAdmin {
  private SimulatorAdmin() {}

  /** POSTs to {@code path} (e.g. {@code /_simulator/reset}) and returns the JSON answer. */
  static String post(URI server, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(server.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .build()
              .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new UserError("the simulator server at " + server + " answered "
            + response.statusCode() + " to " + path + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UserError("the simulator server at " + server + " holds the state file but did"
          + " not answer (" + e.getMessage() + "); is it still running?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted while calling the simulator server at " + server);
    }
  }
}
