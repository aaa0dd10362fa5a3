package io.ftpsecurity.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Runs the SonarScanner CLI on a folder the way a user does, on the JDK that runs this test (21+: the Python
 * analyzer needs it), and waits until the server has processed the report.
 */
final class Scanner {

  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final SonarServer server;
  private final Path scannerJar;
  private final Path workDir;

  Scanner(SonarServer server, Path scannerJar, Path workDir) {
    this.server = server;
    this.scannerJar = scannerJar;
    this.workDir = workDir;
  }

  /** The scanner's log; fails when the scanner or the server-side processing fails. */
  String scan(String projectKey, Path baseDir, Map<String, String> properties) throws IOException, InterruptedException {
    Path work = workDir.resolve(projectKey);
    Path log = workDir.resolve(projectKey + ".log");
    Files.createDirectories(work);
    String javaHome = System.getProperty("java.home");
    List<String> command = new ArrayList<>(List.of(Path.of(javaHome, "bin", "java").toString(), "-jar", scannerJar.toString()));
    Map.of(
      "sonar.host.url", server.url(),
      "sonar.token", server.token(),
      "sonar.projectKey", projectKey,
      "sonar.projectBaseDir", baseDir.toAbsolutePath().toString(),
      "sonar.sources", ".",
      "sonar.working.directory", work.toString(),
      "sonar.userHome", workDir.resolve("scanner-home").toString(),
      "sonar.scanner.skipJreProvisioning", "true",
      "sonar.scm.disabled", "true",
      // JDK 24+ warns on the scanner engine's use of sun.misc.Unsafe, and the scanner logs that as ERROR
      "sonar.scanner.javaOpts", "--sun-misc-unsafe-memory-access=allow")
      .forEach((key, value) -> command.add("-D" + key + "=" + value));
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", javaHome);
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("scanner still running after " + TIMEOUT + "; log: " + log);
    }
    String output = Files.readString(log);
    if (process.exitValue() != 0) {
      throw new IllegalStateException("scanner failed with exit code " + process.exitValue() + ":\n" + output);
    }
    waitForTask(work.resolve("report-task.txt"));
    return output;
  }

  private void waitForTask(Path reportTask) throws IOException, InterruptedException {
    Properties report = new Properties();
    try (var reader = Files.newBufferedReader(reportTask)) {
      report.load(reader);
    }
    String taskId = report.getProperty("ceTaskId");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      String status = server.get("api/ce/task", Map.of("id", taskId)).path("task").path("status").asText();
      switch (status) {
        case "SUCCESS":
          return;
        case "FAILED", "CANCELED":
          throw new IllegalStateException("the server could not process analysis " + taskId + ": " + status);
        default:
          Thread.sleep(500);
      }
    }
    throw new IllegalStateException("analysis " + taskId + " not processed after " + TIMEOUT);
  }
}
