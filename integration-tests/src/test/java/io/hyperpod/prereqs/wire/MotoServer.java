package io.hyperpod.prereqs.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A moto server ({@code python3 -m moto.server}) on a free 127.0.0.1 port, with AWS managed IAM
 * policies loaded (as AWS has them), started and stopped by a test class.
 */
final class MotoServer implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final Path log;

  private MotoServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static MotoServer start(Path workDir) {
    try {
      int port = freePort();
      Path log = Files.createTempFile(workDir, "moto", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  "python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", Integer.toString(port))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      PythonScript.isolate(builder.environment(), workDir);
      builder.environment().put("MOTO_IAM_LOAD_MANAGED_POLICIES", "true");
      MotoServer moto = new MotoServer(builder.start(), port, log);
      moto.awaitListening();
      return moto;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start moto server (is moto installed?)", e);
    }
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitListening() throws IOException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "moto server exited with " + process.exitValue() + ":\n" + logText());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
      }
    }
    close();
    throw new IllegalStateException("moto server did not listen within " + STARTUP + ":\n"
        + logText());
  }

  private String logText() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
