package io.ftpsecurity.ruling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching Debian packages: the cache is used as is, and a failed download is one sentence naming the package. */
class DebianPackagesTest {

  private static final Project FTPUTIL = new Project("python", "python3-ftputil", "5.0.4-1", true);

  @TempDir
  Path cache;

  @Test
  void a_complete_cached_package_is_used_without_apt() throws IOException {
    Path folder = Files.createDirectories(cache.resolve("debian/python3-ftputil_5.0.4-1"));
    Files.writeString(folder.resolve(".complete"), "python3-ftputil=5.0.4-1\n");
    var packages = new DebianPackages(cache, List.of("/nonexistent/apt-get"), false);

    assertThat(packages.fetch(FTPUTIL)).isEqualTo(folder);
  }

  @Test
  void without_apt_get_the_message_says_what_is_needed() {
    var packages = new DebianPackages(cache, List.of("/nonexistent/apt-get"), false);

    assertThatThrownBy(() -> packages.fetch(FTPUTIL)).isInstanceOf(RulingException.class)
      .hasMessageStartingWith("cannot run '/nonexistent/apt-get' for python3-ftputil=5.0.4-1")
      .hasMessageEndingWith("the Python ruling needs apt-get and dpkg, as on Debian or Ubuntu");
  }

  @Test
  void without_network_the_message_names_the_package() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/apt-get")), "no apt-get on this machine");
    // a proxy on a closed local port: what apt-get sees when the archive cannot be reached
    var packages = new DebianPackages(cache, List.of("apt-get", "-q", "-o", "Acquire::http::Proxy=http://127.0.0.1:9/",
      "-o", "Acquire::Retries=0"), false);

    assertThatThrownBy(() -> packages.fetch(FTPUTIL)).isInstanceOf(RulingException.class)
      .hasMessageContaining("python3-ftputil=5.0.4-1")
      .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\tat ").doesNotContain("Exception"));
    assertThat(cache.resolve("debian/python3-ftputil_5.0.4-1/.complete")).doesNotExist();
    try (var left = Files.list(cache.resolve("debian"))) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no download folder left behind")
        .noneMatch(name -> name.startsWith("download-"));
    }
  }
}
