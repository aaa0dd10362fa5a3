package io.ftpsecurity.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/**
 * The commands README.md and the docs it sends newcomers to show, read the way a user copies them, so that the
 * tests run what the pages say: the lines of the fenced bash blocks (a trailing backslash joins the next line,
 * a trailing comment is dropped) and the inline code that starts with one of our scripts or tools.
 *
 * <p>bin/test also asks this class which {@code bin/demo} scans to run against the server it has started:
 * {@code java -cp target/test-classes io.ftpsecurity.readme.Readme demo-scans VERSION}.
 */
public final class Readme {

  public static final Path README = Path.of("README.md");
  /** The pages README points newcomers to. */
  public static final List<Path> DOCS = List.of(Path.of("docs/benchmark.md"), Path.of("docs/ruling.md"),
    Path.of("docs/stdlib-findings.md"));
  /** The version bin/demo runs without --version (DEFAULT_VERSION of bin/lib/sonarqube.sh). */
  public static final String DEMO_DEFAULT_VERSION = "26.9";

  private static final Pattern INLINE_CODE = Pattern.compile("`([^`\n]+)`");
  /** Inline code that is a command: in README our scripts and the tools they call; in the docs our scripts. */
  private static final Pattern README_INLINE_COMMAND = Pattern.compile("(SONAR_PORT=\\d+ )?(bin/|\\.ci/|mvn |curl ).*");
  private static final Pattern DOCS_INLINE_COMMAND = Pattern.compile("bin/.*");
  private static final Pattern PORT_PREFIX = Pattern.compile("^SONAR_PORT=\\d+ ");
  private static final Pattern VERSION_OPTION = Pattern.compile("--version[ =](\\S+)");

  /** A command and where it is shown: a line of the bash block under a heading, or inline code (block null). */
  public record Command(String text, Path page, int line, @Nullable String block) {

    public List<String> words() {
      return List.of(text.split(" +"));
    }

    @Override
    public String toString() {
      return text + " (" + page + ":" + line + ")";
    }
  }

  /** A fenced block and the heading it stands under. */
  public record Block(String language, String heading, int line, List<String> lines) {

    public String script() {
      return String.join("\n", lines) + "\n";
    }
  }

  private final Path page;
  private final List<String> lines;

  private Readme(Path page) {
    this.page = page;
    try {
      this.lines = Files.readAllLines(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Readme of(Path page) {
    return new Readme(page);
  }

  /** Every command of README.md and of the docs it points to. */
  public static List<Command> allCommands() {
    List<Command> commands = new ArrayList<>(of(README).commands());
    DOCS.forEach(doc -> commands.addAll(of(doc).commands()));
    return commands;
  }

  public List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    String heading = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        heading = line;
      } else if (line.startsWith("```") && line.length() > 3) {
        int open = i;
        while (!lines.get(++i).equals("```")) {
          // the block's lines
        }
        blocks.add(new Block(line.substring(3), heading, open + 1, lines.subList(open + 1, i)));
      }
    }
    return blocks;
  }

  /** The first bash block under the heading, as a user copies it. */
  public Block bashBlock(String heading) {
    return blocks().stream().filter(block -> block.language().equals("bash") && block.heading().equals(heading))
      .findFirst().orElseThrow(() -> new AssertionError("no bash block under " + heading + " in " + page));
  }

  /** The first bash block that contains the text. */
  public Block bashBlockWith(String text) {
    return blocks().stream().filter(block -> block.language().equals("bash") && block.script().contains(text))
      .findFirst().orElseThrow(() -> new AssertionError("no bash block with " + text + " in " + page));
  }

  public List<Command> commands() {
    List<Command> commands = new ArrayList<>();
    for (Block block : blocks()) {
      if (block.language().equals("bash")) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < block.lines().size(); i++) {
          String line = block.lines().get(i).strip();
          if (line.endsWith("\\")) {
            joined.append(line, 0, line.length() - 1).append(' ');
            continue;
          }
          String command = withoutComment(joined.append(line).toString()).replaceAll(" +", " ").strip();
          joined.setLength(0);
          if (!command.isEmpty()) {
            commands.add(new Command(command, page, block.line() + i + 1, block.heading()));
          }
        }
      }
    }
    Pattern inlineCommand = page.equals(README) ? README_INLINE_COMMAND : DOCS_INLINE_COMMAND;
    boolean inBlock = false;
    for (int i = 0; i < lines.size(); i++) {
      inBlock ^= lines.get(i).startsWith("```");
      Matcher code = INLINE_CODE.matcher(lines.get(i));
      while (!inBlock && code.find()) {
        if (inlineCommand.matcher(code.group(1)).matches()) {
          commands.add(new Command(code.group(1), page, i + 1, null));
        }
      }
    }
    return commands;
  }

  /**
   * The bin/demo commands of README that scan a folder and run on this SonarQube version (short form, 26.1): those
   * with its --version, or with none when it is bin/demo's default. A SONAR_PORT in front is left out (the test
   * runs them on its own port), so the same command is listed once.
   */
  public static List<String> demoScans(String version) {
    Set<String> scans = new LinkedHashSet<>();
    for (Command command : of(README).commands()) {
      String text = PORT_PREFIX.matcher(command.text()).replaceFirst("");
      if (!text.startsWith("bin/demo") || text.matches(".*(\\[|\\b(stop|reset)\\b|--help).*")) {
        continue;
      }
      Matcher option = VERSION_OPTION.matcher(text);
      if ((option.find() ? option.group(1) : DEMO_DEFAULT_VERSION).equals(version)) {
        scans.add(text);
      }
    }
    return List.copyOf(scans);
  }

  private static String withoutComment(String line) {
    int comment = line.startsWith("#") ? 0 : line.indexOf(" #");
    return comment < 0 ? line : line.substring(0, comment);
  }

  /** {@code demo-scans VERSION}: one command a line, for bin/test. */
  public static void main(String[] args) {
    if (args.length != 2 || !args[0].equals("demo-scans")) {
      System.err.println("usage: Readme demo-scans VERSION (short form, e.g. 26.1)");
      System.exit(2);
    }
    demoScans(args[1]).forEach(System.out::println);
  }
}
