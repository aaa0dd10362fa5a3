package io.ftpsecurity.python.analysis;

import java.util.Optional;
import org.sonar.plugins.python.api.LocationInFile;
import org.sonar.plugins.python.api.tree.StringElement;
import org.sonar.plugins.python.api.tree.StringLiteral;
import org.sonar.plugins.python.api.tree.Token;

/** Where part of a string literal's value sits in the source, when the source shows it character for character. */
public final class LiteralRanges {

  private LiteralRanges() {
  }

  /**
   * The source range of {@code value.substring(start, end)}, for a literal written as one single-line string
   * without escape sequences (so that value offsets are source offsets). Empty otherwise: implicit
   * concatenation, backslashes, line breaks, and notebook cells whose source is escaped inside the JSON file.
   * The file id is left null: the location is in the file being analysed.
   */
  public static Optional<LocationInFile> rangeOf(StringLiteral literal, int start, int end) {
    if (literal.stringElements().size() != 1) {
      return Optional.empty();
    }
    StringElement element = literal.stringElements().get(0);
    Token token = element.firstToken();
    String body = element.trimmedQuotesValue();
    if (body.indexOf('\\') >= 0 || body.indexOf('\n') >= 0 || body.indexOf('\r') >= 0
      || token.includedEscapeChars() != 0 || token.isCompressed() || end > body.length()) {
      return Optional.empty();
    }
    int quotes = element.isTripleQuoted() ? 3 : 1;
    int bodyStart = token.column() + element.prefix().length() + quotes;
    return Optional.of(new LocationInFile(null, token.line(), bodyStart + start, token.line(), bodyStart + end));
  }
}
