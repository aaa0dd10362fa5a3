package io.ftpsecurity.python.analysis;

import org.sonar.plugins.python.api.LocationInFile;
import org.sonar.plugins.python.api.TokenLocation;
import org.sonar.plugins.python.api.tree.Token;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * The location python-frontend gives an issue or a secondary location on a tree ({@code addIssue(tree, ...)},
 * {@code secondary(tree, ...)}), for rules that report many: the frontend finds where the last token ends by splitting
 * its text with a regular expression compiled anew for every location, the most costly part of raising an issue. A
 * token without a line break ends on its line, {@code valueLength()} columns on, as the frontend computes it; only the
 * others are left to the frontend's own computation. The file id is null: the location is in the file being analysed.
 */
public final class TreeLocations {

  private TreeLocations() {
  }

  public static LocationInFile of(Tree tree) {
    Token first = tree.firstToken();
    Token last = tree.lastToken();
    String value = last.value();
    if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return new LocationInFile(null, first.line(), first.column(), last.line(), last.column() + last.valueLength());
    }
    TokenLocation end = new TokenLocation(last);
    return new LocationInFile(null, first.line(), first.column(), end.endLine(), end.endLineOffset());
  }
}
