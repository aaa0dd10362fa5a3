package io.ftpsecurity.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages Python source the way half-typed code in an editor looks: truncated, lines deleted or duplicated,
 * neighbouring tokens swapped, parentheses dropped. Deterministic for a given seed. Most damage is aimed at
 * lines about FTP or TLS, where our checks look, so that variants exercise the rules rather than unrelated code.
 */
public final class Mutator {

  public enum Kind { TRUNCATE, DELETE_LINES, DUPLICATE_LINES, SWAP_TOKENS, DROP_PARENTHESIS }

  private static final Pattern INTERESTING = Pattern.compile("(?i)ftp|ssl|context|login|prot_|url|passw|cipher");
  private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

  private final Random random;

  public Mutator(long seed) {
    this.random = new Random(seed);
  }

  /** One to three random kinds of damage applied in turn. */
  public String mutate(String source) {
    String result = source;
    int rounds = 1 + random.nextInt(3);
    for (int i = 0; i < rounds; i++) {
      result = apply(Kind.values()[random.nextInt(Kind.values().length)], result);
    }
    return result;
  }

  public String apply(Kind kind, String source) {
    List<String> lines = new ArrayList<>(source.lines().toList());
    if (lines.isEmpty()) {
      return source;
    }
    int at = pickLine(lines);
    switch (kind) {
      case TRUNCATE -> {
        int cut = offsetOfLine(lines, at) + random.nextInt(Math.max(1, lines.get(at).length() + 1));
        return source.substring(0, Math.min(cut, source.length()));
      }
      case DELETE_LINES -> {
        int count = Math.min(1 + random.nextInt(3), lines.size() - at);
        lines.subList(at, at + count).clear();
      }
      case DUPLICATE_LINES -> lines.add(at, lines.get(at));
      case SWAP_TOKENS -> lines.set(at, swapTokens(lines.get(at)));
      case DROP_PARENTHESIS -> lines.set(at, dropParenthesis(lines.get(at)));
    }
    return String.join("\n", lines) + "\n";
  }

  private int pickLine(List<String> lines) {
    if (random.nextInt(10) < 8) {
      List<Integer> interesting = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (INTERESTING.matcher(lines.get(i)).find()) {
          interesting.add(i);
        }
      }
      if (!interesting.isEmpty()) {
        return interesting.get(random.nextInt(interesting.size()));
      }
    }
    return random.nextInt(lines.size());
  }

  private static int offsetOfLine(List<String> lines, int index) {
    int offset = 0;
    for (int i = 0; i < index; i++) {
      offset += lines.get(i).length() + 1;
    }
    return offset;
  }

  private String swapTokens(String line) {
    List<int[]> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(line);
    while (m.find()) {
      tokens.add(new int[] {m.start(), m.end()});
    }
    if (tokens.size() < 2) {
      return line;
    }
    int i = random.nextInt(tokens.size() - 1);
    int j = random.nextInt(3) == 0 ? random.nextInt(tokens.size()) : i + 1;
    int[] a = tokens.get(Math.min(i, j));
    int[] b = tokens.get(Math.max(i, j));
    if (a == b) {
      return line;
    }
    return line.substring(0, a[0]) + line.substring(b[0], b[1]) + line.substring(a[1], b[0])
      + line.substring(a[0], a[1]) + line.substring(b[1]);
  }

  private String dropParenthesis(String line) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '(' || line.charAt(i) == ')') {
        positions.add(i);
      }
    }
    if (positions.isEmpty()) {
      return line;
    }
    int at = positions.get(random.nextInt(positions.size()));
    return line.substring(0, at) + line.substring(at + 1);
  }
}
