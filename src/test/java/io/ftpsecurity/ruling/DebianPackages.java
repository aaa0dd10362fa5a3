package io.ftpsecurity.ruling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Debian packages at pinned versions: {@code apt-get download name=version}, {@code dpkg -x}, then only the
 * {@code .py} files are kept, under {@code <cache>/debian/<name>_<version>/} (the rest of the package is deleted).
 * A folder is used only once it is complete, so an interrupted run downloads again.
 *
 * <p>When apt does not know the version and we are root, {@code apt-get update} runs once and the download is
 * tried again: a fresh machine has no package lists. When Debian has replaced the version (a point release), the
 * message says which version apt offers instead.
 */
public final class DebianPackages implements ProjectSource {

  private static final String COMPLETE = ".complete";

  private final Path cache;
  private final List<String> aptGet;
  private boolean mayUpdate;

  /** {@code aptGet}: the command and its options, e.g. {@code [apt-get, -q]}; {@code mayUpdate}: may run apt-get update. */
  public DebianPackages(Path cache, List<String> aptGet, boolean mayUpdate) {
    this.cache = cache.resolve("debian");
    this.aptGet = List.copyOf(aptGet);
    this.mayUpdate = mayUpdate;
  }

  /** The machine's apt-get; runs {@code apt-get update} when a version is unknown and we are root. */
  public static DebianPackages system(Path cache) {
    return new DebianPackages(cache, List.of("apt-get", "-q"), "root".equals(System.getProperty("user.name")));
  }

  @Override
  public Path fetch(Project project) {
    Path folder = cache.resolve(project.name() + "_" + project.version().replace(':', '%'));
    if (Files.exists(folder.resolve(COMPLETE))) {
      return folder;
    }
    Path download = null;
    try {
      deleteTree(folder);
      // one download folder per run: two runs sharing the cache do not unpack into each other's
      download = Files.createTempDirectory(Files.createDirectories(cache), "download-");
      Path deb = download(project, download);
      Path unpacked = download.resolve("unpacked");
      run(project, download, "dpkg -x", List.of("dpkg", "-x", deb.toString(), unpacked.toString()));
      keepPythonFiles(unpacked, folder);
      Files.writeString(folder.resolve(COMPLETE), project.pinned() + "\n");
      return folder;
    } catch (IOException e) {
      throw new RulingException("cannot unpack " + project.pinned() + " into " + folder + ": " + e.getMessage());
    } finally {
      deleteQuietly(download);
    }
  }

  private Path download(Project project, Path dir) throws IOException {
    List<String> command = new ArrayList<>(aptGet);
    command.addAll(List.of("download", project.pinned()));
    Result result = exec(project, dir, command);
    if (result.status != 0 && result.output.contains("was not found") && mayUpdate) {
      mayUpdate = false;
      System.err.println("apt does not know " + project.pinned() + ": running apt-get update once");
      List<String> update = new ArrayList<>(aptGet);
      update.add("update");
      exec(project, dir, update);
      result = exec(project, dir, command);
    }
    if (result.status != 0) {
      throw new RulingException(downloadFailure(project, result.output));
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".deb")).findFirst()
        .orElseThrow(() -> new RulingException("apt-get download " + project.pinned() + " left no .deb in " + dir));
    }
  }

  private String downloadFailure(Project project, String output) {
    String cause = lastErrorLine(output);
    if (output.contains("was not found")) {
      return "Debian package " + project.pinned() + " is not in the apt sources (" + cause + "). Debian may have "
        + "replaced it in a point release: 'apt-cache policy " + project.name() + "' shows the versions apt has; "
        + "pin one of them in the project list, run 'bin/ruling --update' and review the diff"
        + (mayUpdate ? "" : " (or run 'apt-get update' as root first)");
    }
    return "cannot download Debian package " + project.pinned() + " (" + cause + "). The ruling needs Debian's "
      + "package archive once per package; afterwards it reads " + cache;
  }

  private static String lastErrorLine(String output) {
    String last = "apt-get gave no reason";
    for (String line : output.split("\n")) {
      if (line.startsWith("E: ")) {
        return line.substring(3).strip();
      }
      if (!line.isBlank()) {
        last = line.strip();
      }
    }
    return last;
  }

  /** Moves the regular {@code .py} files (not symbolic links to them) into {@code folder}, keeping their paths. */
  private static void keepPythonFiles(Path unpacked, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(unpacked)) {
      sources = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
    }
    for (Path source : sources) {
      Path target = folder.resolve(unpacked.relativize(source).toString());
      Files.createDirectories(target.getParent());
      Files.move(source, target);
    }
  }

  private void run(Project project, Path dir, String what, List<String> command) {
    Result result = exec(project, dir, command);
    if (result.status != 0) {
      throw new RulingException(what + " failed on " + project.pinned() + ": " + lastErrorLine(result.output));
    }
  }

  private record Result(int status, String output) {
  }

  private static Result exec(Project project, Path dir, List<String> command) {
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Result(process.waitFor(), output);
    } catch (IOException e) {
      throw new RulingException("cannot run '" + command.get(0) + "' for " + project.pinned() + " (" + e.getMessage()
        + "): the Python ruling needs apt-get and dpkg, as on Debian or Ubuntu");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RulingException("interrupted while fetching " + project.pinned());
    }
  }

  private static void deleteQuietly(Path root) {
    try {
      if (root != null) {
        deleteTree(root);
      }
    } catch (IOException e) {
      System.err.println("could not delete " + root + ": " + e.getMessage());
    }
  }

  /** Deletes a folder and everything under it (nothing when it does not exist); also used by {@link MavenSources}. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
