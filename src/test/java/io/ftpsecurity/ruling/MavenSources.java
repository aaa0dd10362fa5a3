package io.ftpsecurity.ruling;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Sources jars from Maven Central at pinned versions ({@code group:artifact=version}), through the machine's
 * {@code mvn}: the {@code .java} files of {@code group:artifact:version:jar:sources} are unpacked into
 * {@code <cache>/maven/<group>_<artifact>_<version>/src/}, and {@link #CLASSPATH} beside them lists the artifact's
 * own jar and what its sources were compiled against, so that the frontend resolves the types the code uses
 * (Commons Net's {@code FTPClient}, JSch's {@code Session}…). That is the class path of the artifact's own pom
 * (its compile, provided, runtime and optional dependencies), as a project's build gives the analyzer: a
 * library's FTP and SFTP support often comes from optional dependencies (commons-vfs2 declares Commons Net and
 * JSch so), which a project depending on the library does not get, and the rules are blind where a type does not
 * resolve. A folder
 * is used only once it is complete, fetched the way this class fetches today ({@link #LAYOUT}).
 */
public final class MavenSources implements ProjectSource {

  /** The analysis classpath of a fetched project: one jar a line. */
  public static final String CLASSPATH = "classpath.txt";
  private static final String COMPLETE = ".complete";
  /** Written into {@link #COMPLETE}: a folder fetched another way (an earlier version) is fetched again. */
  private static final String LAYOUT = "classpath: compile and runtime scopes of the artifact's own pom";
  /**
   * Maven's "compile" scope filter gives compile, provided and system dependencies, "runtime" compile and runtime
   * ones: poms published by Gradle declare the {@code implementation} dependencies (JMeter's Commons Net) in runtime
   * scope, so both are needed.
   */
  private static final List<String> CLASSPATH_SCOPES = List.of("compile", "runtime");

  private final Path cache;
  private final String mvn;

  public MavenSources(Path cache, String mvn) {
    this.cache = cache.resolve("maven");
    this.mvn = mvn;
  }

  public static MavenSources system(Path cache) {
    return new MavenSources(cache, "mvn");
  }

  @Override
  public Path fetch(Project project) {
    String[] ga = project.name().split(":");
    if (ga.length != 2) {
      throw new RulingException("Maven project " + project.pinned() + " is not written 'group:artifact=version'");
    }
    Path folder = cache.resolve(ga[0] + "_" + ga[1] + "_" + project.version());
    String marker = project.pinned() + "\n" + LAYOUT + "\n";
    if (isComplete(folder, marker)) {
      return folder;
    }
    String coordinates = project.name() + ":" + project.version();
    try {
      DebianPackages.deleteTree(folder);
      Files.createDirectories(folder);
      // the artifact's jar, sources jar and pom, side by side; the pom then gives the class path
      Path jars = folder.resolve("jar");
      for (String type : List.of("jar", "pom", "jar:sources")) {
        mvn(project, folder, "dependency:copy", "-Dartifact=" + coordinates + ":" + type, "-DoutputDirectory=" + jars);
      }
      String fileName = ga[1] + "-" + project.version();
      Set<String> classpath = new LinkedHashSet<>();
      for (String scope : CLASSPATH_SCOPES) {
        Path list = jars.resolve(scope + "-" + CLASSPATH);
        mvn(project, folder, "-f", jars.resolve(fileName + ".pom").toString(), "dependency:build-classpath",
          "-Dmdep.outputFile=" + list, "-Dmdep.pathSeparator=\n", "-DincludeScope=" + scope);
        Files.readAllLines(list).stream().map(String::strip).filter(line -> !line.isEmpty()).forEach(classpath::add);
      }
      classpath.add(localJar(ga[0], ga[1], project.version()).toString());
      unpackJavaFiles(jars.resolve(fileName + "-sources.jar"), folder.resolve("src"));
      Files.writeString(folder.resolve(CLASSPATH), String.join("\n", classpath) + "\n");
      DebianPackages.deleteTree(folder.resolve("jar"));
      Files.writeString(folder.resolve(COMPLETE), marker);
      return folder;
    } catch (IOException e) {
      throw new RulingException("cannot unpack the sources of Maven artifact " + coordinates + " into " + folder + ": "
        + e.getMessage());
    }
  }

  /** The class path listed in a fetched project's folder; empty when the folder has none. */
  public static List<File> classpath(Path folder) {
    Path list = folder.resolve(CLASSPATH);
    try {
      return Files.exists(list) ? Files.readAllLines(list).stream().filter(l -> !l.isBlank()).map(File::new).toList()
        : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isComplete(Path folder, String marker) {
    try {
      return Files.exists(folder.resolve(COMPLETE)) && Files.readString(folder.resolve(COMPLETE)).equals(marker);
    } catch (IOException e) {
      return false;
    }
  }

  /** The artifact's own jar in the local repository, where dependency:copy has just put it. */
  private static Path localJar(String group, String artifact, String version) {
    return Path.of(System.getProperty("user.home"), ".m2", "repository").resolve(group.replace('.', '/'))
      .resolve(artifact).resolve(version).resolve(artifact + "-" + version + ".jar");
  }

  private void mvn(Project project, Path folder, String... goal) {
    List<String> command = new ArrayList<>(List.of(mvn, "-q", "-B", "-ntp"));
    command.addAll(List.of(goal));
    String output;
    int status;
    try {
      Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      status = process.waitFor();
    } catch (IOException e) {
      throw new RulingException("cannot run '" + mvn + "' for Maven artifact " + project.pinned() + " (" + e.getMessage()
        + "): the Java ruling needs Maven");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RulingException("interrupted while fetching " + project.pinned());
    }
    if (status != 0) {
      throw new RulingException("cannot download Maven artifact " + project.name() + ":" + project.version()
        + " or its dependencies (" + lastErrorLine(output) + "). The ruling needs Maven Central once per artifact; "
        + "afterwards it reads " + cache);
    }
  }

  private static String lastErrorLine(String output) {
    return output.lines().filter(l -> l.startsWith("[ERROR]")).findFirst().map(l -> l.substring(7).strip())
      .orElse("mvn gave no reason");
  }

  private static void unpackJavaFiles(Path jar, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        Path file = target.resolve(entry.getName()).normalize();
        if (!entry.isDirectory() && entry.getName().endsWith(".java") && file.startsWith(target)) {
          Files.createDirectories(file.getParent());
          Files.copy(zip, file);
        }
      }
    }
  }
}
