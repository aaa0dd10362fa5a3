package io.ftpsecurity.ruling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Sources jars from Maven Central at pinned versions ({@code group:artifact=version}), through the machine's
 * {@code mvn}: the {@code .java} files of {@code group:artifact:version:jar:sources} are unpacked into
 * {@code <cache>/maven/<group>_<artifact>_<version>/src/}, and {@link #CLASSPATH} beside them lists the artifact's
 * own jar and its runtime dependencies, so that the frontend resolves the types the code uses (Commons Net's
 * {@code FTPClient}, JSch's {@code Session}…). A folder is used only once it is complete.
 */
public final class MavenSources implements ProjectSource {

  /** The analysis classpath of a fetched project: one jar a line. */
  public static final String CLASSPATH = "classpath.txt";
  private static final String COMPLETE = ".complete";

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
    if (Files.exists(folder.resolve(COMPLETE))) {
      return folder;
    }
    String coordinates = project.name() + ":" + project.version();
    try {
      DebianPackages.deleteTree(folder);
      Files.createDirectories(folder);
      // a pom that depends on the artifact: Maven resolves its jars and the sources jar in one place
      Files.writeString(folder.resolve("pom.xml"), pom(ga[0], ga[1], project.version()));
      mvn(project, folder, "dependency:build-classpath", "-Dmdep.outputFile=" + CLASSPATH, "-Dmdep.pathSeparator=\n",
        "-DincludeScope=runtime");
      mvn(project, folder, "dependency:copy", "-Dartifact=" + coordinates + ":jar:sources",
        "-DoutputDirectory=" + folder.resolve("jar"));
      unpackJavaFiles(folder.resolve("jar").resolve(ga[1] + "-" + project.version() + "-sources.jar"), folder.resolve("src"));
      Files.writeString(folder.resolve(CLASSPATH), Files.readString(folder.resolve(CLASSPATH)).strip() + "\n"
        + localJar(ga[0], ga[1], project.version()) + "\n");
      DebianPackages.deleteTree(folder.resolve("jar"));
      Files.writeString(folder.resolve(COMPLETE), project.pinned() + "\n");
      return folder;
    } catch (IOException e) {
      throw new RulingException("cannot unpack the sources of Maven artifact " + coordinates + " into " + folder + ": "
        + e.getMessage());
    }
  }

  private static String pom(String group, String artifact, String version) {
    return """
      <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
        <groupId>io.ftpsecurity.ruling</groupId><artifactId>corpus</artifactId><version>1</version>
        <dependencies><dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency></dependencies>
      </project>
      """.formatted(group, artifact, version);
  }

  /** The artifact's own jar in the local repository, where build-classpath has just put it. */
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
