package io.ftpsecurity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What SonarLint's connected mode asks the server for (sonarlint-core 11.9, {@code PluginsApi} and
 * {@code ServerPluginSource}): the list {@code api/plugins/installed}, of which it keeps a plugin that is not
 * SonarSource's only when it is flagged SonarLint-supported, then the jar from {@code api/plugins/download?plugin=KEY},
 * stored under the listed hash. The engine itself ignores the flag: SonarLintEngineIT loads our jar directly.
 */
@EnabledIfSystemProperty(named = "e2e.sonar.url", matches = ".+")
class SonarLintConnectedModeIT {

  private static final String PLUGIN_KEY = "ftpsecurity";

  private final SonarServer server = new SonarServer(System.getProperty("e2e.sonar.url"), System.getProperty("e2e.sonar.token"));

  @Test
  void server_lists_our_plugin_as_sonarlint_supported() {
    JsonNode plugin = installed(PLUGIN_KEY);
    assertThat(plugin.path("sonarLintSupported").asBoolean()).as("sonarLintSupported of " + plugin).isTrue();
    assertThat(plugin.path("filename").asText()).isEqualTo(deployedJar().getFileName().toString());
    assertThat(installed("python").path("sonarLintSupported").asBoolean()).as("the Python analyzer our rules run in").isTrue();
  }

  @Test
  void server_serves_our_jar_as_sonarlint_downloads_it() throws Exception {
    byte[] served = server.download("api/plugins/download", Map.of("plugin", PLUGIN_KEY));
    assertThat(served).as("jar served for " + PLUGIN_KEY).isEqualTo(Files.readAllBytes(deployedJar()));
    String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(served));
    assertThat(installed(PLUGIN_KEY).path("hash").asText()).as("listed hash, which SonarLint stores the jar under").isEqualTo(md5);
  }

  private JsonNode installed(String key) {
    JsonNode plugins = server.get("api/plugins/installed", Map.of()).path("plugins");
    return StreamSupport.stream(plugins.spliterator(), false)
      .filter(plugin -> key.equals(plugin.path("key").asText()))
      .findFirst().orElseThrow(() -> new AssertionError("no plugin " + key + " in api/plugins/installed: " + plugins));
  }

  /** Our jar as bin/test deployed it into the server's extensions/plugins. */
  private static Path deployedJar() {
    Path jar = Path.of(System.getProperty("e2e.plugin.jar", ""));
    assertThat(jar).as("e2e.plugin.jar").isRegularFile();
    return jar;
  }
}
