package io.ftpsecurity.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * What the Python and the Java scaling benchmarks share: their command-line options ({@code --repeat},
 * {@code --sizes}, {@code --shapes}) and their table, a column per file size and a row per measured part.
 */
final class ScalingTable {

  private static final String LABEL_COLUMN = "  %-28s";

  private ScalingTable() {
  }

  /** An option the benchmarks cannot read: the user's to fix, so its message is printed without a stack trace. */
  static final class BadOption extends IllegalArgumentException {
    BadOption(String message) {
      super(message);
    }
  }

  /** A shape's name on the command line and in the output: {@code LONG_METHOD} is {@code long_method}. */
  static String label(Enum<?> shape) {
    return shape.name().toLowerCase(Locale.ROOT);
  }

  /** The title, then the header row: the number of lines of each size. */
  static <M> void header(String title, List<M> measured, ToLongFunction<M> lines) {
    System.out.printf("%n%s%n", title);
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, LABEL_COLUMN, "lines"));
    measured.forEach(m -> header.append(String.format(Locale.ROOT, " %10s", String.format(Locale.ROOT, "%,d", lines.applyAsLong(m)))));
    System.out.println(header.append(String.format(Locale.ROOT, " %9s %s", "last/1st", "verdict")));
  }

  static <M> void row(String label, List<M> measured, ToDoubleFunction<M> value, String format, String suffix) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, LABEL_COLUMN, label));
    measured.forEach(m -> line.append(' ').append(String.format(Locale.ROOT, format, value.applyAsDouble(m))));
    System.out.println(line.append(suffix));
  }

  /**
   * A rule's row, ending with its growth (cost per line at the last size over that at the first) and its verdict:
   * flat when the growth is at most {@code maxGrowth}, or the last cost under {@code noiseFloor}. A cost under the
   * floor cannot be told from it, so a first cost under the floor (or at zero or below: a difference of two times)
   * counts as the floor: otherwise a small rule measured at 0.03 by chance at the first size and 0.2 at the last would
   * "grow" 7 times.
   */
  static <M> boolean ruleRow(String rule, List<M> measured, ToDoubleFunction<M> cost, String format, double maxGrowth,
    double noiseFloor) {
    double first = cost.applyAsDouble(measured.get(0));
    double last = cost.applyAsDouble(measured.get(measured.size() - 1));
    double growth = last / Math.max(first, noiseFloor);
    boolean flat = growth <= maxGrowth || last < noiseFloor;
    row(rule, measured, cost, format, String.format(Locale.ROOT, " %9.2f %s", growth, Benchmark.verdict(flat)));
    return flat;
  }

  /** The options of a scaling mode; {@code --scaling} itself, the mode's name, is skipped. */
  static final class Options<S extends Enum<S>> {
    int repeat;
    int[] sizes = {1_000, 5_000, 20_000, 50_000};
    List<S> shapes;
    /** The classes folder of another build to compare with ({@link ComparedBuilds}); null for a scaling run. */
    Path compare;

    static <S extends Enum<S>> Options<S> parse(String[] args, Class<S> shapeType, int defaultRepeat) {
      Options<S> options = new Options<>();
      options.repeat = defaultRepeat;
      options.shapes = List.of(shapeType.getEnumConstants());
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--scaling" -> {
            // the mode itself
          }
          case "--repeat" -> options.repeat = number(args, ++i);
          case "--compare" -> options.compare = Path.of(optionValue(args, ++i));
          case "--sizes" -> {
            String[] sizes = optionValue(args, ++i).split(",");
            options.sizes = new int[sizes.length];
            for (int s = 0; s < sizes.length; s++) {
              options.sizes[s] = number("--sizes", sizes[s]);
            }
          }
          case "--shapes" -> {
            List<S> shapes = new ArrayList<>();
            for (String shape : optionValue(args, ++i).split(",")) {
              shapes.add(shape(shapeType, shape));
            }
            options.shapes = shapes;
          }
          default -> throw new BadOption("unknown option of --scaling: " + args[i]);
        }
      }
      if (options.repeat < 1 || options.sizes.length == 0) {
        throw new BadOption("--repeat must be at least 1 and --sizes must name a size");
      }
      return options;
    }

    private static <S extends Enum<S>> S shape(Class<S> shapeType, String name) {
      for (S shape : shapeType.getEnumConstants()) {
        if (label(shape).equals(name.trim().toLowerCase(Locale.ROOT))) {
          return shape;
        }
      }
      throw new BadOption("no shape named '" + name + "'; the shapes are "
        + String.join(",", Arrays.stream(shapeType.getEnumConstants()).map(ScalingTable::label).toList()));
    }
  }

  /** The value after the option at {@code index - 1}, or a message naming the option that lacks one. */
  static String optionValue(String[] args, int index) {
    if (index >= args.length) {
      throw new BadOption(args[index - 1] + " needs a value");
    }
    return args[index];
  }

  static int number(String[] args, int index) {
    return number(args[index - 1], optionValue(args, index));
  }

  /** A whole number of any size, such as a seed. */
  static long longNumber(String[] args, int index) {
    return longNumber(args[index - 1], optionValue(args, index));
  }

  private static int number(String option, String value) {
    long number = longNumber(option, value);
    if (number != (int) number) {
      throw new BadOption(option + " takes a smaller number than " + value.trim());
    }
    return (int) number;
  }

  private static long longNumber(String option, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new BadOption(option + " takes a whole number, not '" + value + "'");
    }
  }
}
