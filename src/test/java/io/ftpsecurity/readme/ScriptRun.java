package io.ftpsecurity.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One of our scripts run as a user runs it, from the project's folder: its exit status and what it printed. */
public record ScriptRun(List<String> command, int status, String output) {

  public static ScriptRun of(List<String> command, Map<String, String> environment, long timeoutMinutes) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      // read while it runs: a full pipe would stall it
      var reader = process.getInputStream();
      StringBuilder output = new StringBuilder();
      Thread drain = Thread.ofVirtual().start(() -> {
        try {
          output.append(new String(reader.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          output.append("(output lost: ").append(e).append(')');
        }
      });
      if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(command + " still ran after " + timeoutMinutes + " minutes");
      }
      drain.join();
      return new ScriptRun(command, process.exitValue(), output.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return String.join(" ", command) + " (exit " + status + "):\n" + output;
  }
}
