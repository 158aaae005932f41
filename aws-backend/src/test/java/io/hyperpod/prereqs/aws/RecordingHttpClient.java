package io.hyperpod.prereqs.aws;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK HTTP client that sends nothing: it records each request and answers 200 with a fixed
 * body, so that tests can see where the backend would send requests to real AWS.
 */
final class RecordingHttpClient implements SdkHttpClient {
  final List<SdkHttpRequest> requests = new ArrayList<>();
  private final String body;
  boolean closed;

  RecordingHttpClient(String body) {
    this.body = body;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() {
        requests.add(request.httpRequest());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpExecuteResponse.builder()
            .response(
                SdkHttpResponse.builder()
                    .statusCode(200)
                    .putHeader("Content-Length", String.valueOf(bytes.length))
                    .build())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
            .build();
      }

      @Override
      public void abort() {}
    };
  }

  SdkHttpRequest last() {
    return requests.get(requests.size() - 1);
  }

  String lastAuthorization() {
    return last().firstMatchingHeader("Authorization").orElse("");
  }

  @Override
  public void close() {
    closed = true;
  }
}
