package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.DaskApi;
import io.ftpsecurity.python.api.FsspecApi;
import io.ftpsecurity.python.api.PandasApi;
import io.ftpsecurity.python.api.UrllibApi;
import io.ftpsecurity.shared.UrlUserInfo;
import java.util.Optional;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.BinaryExpression;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.DictionaryLiteral;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.KeyValuePair;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.StringElement;
import org.sonar.plugins.python.api.tree.StringLiteral;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * {@code ftp://} URLs as urllib.request and fsspec read them: which argument of a call is fetched, and the user and
 * password written in the URL's authority.
 */
public final class FtpUrls {

  /**
   * The text a URL certainly starts with, written in {@code literal}: all of a constant string, or the literal start
   * of an f-string, of a concatenation, of a {@code %} format or of a {@code str.format} template. {@code whole} when
   * the text is the entire value.
   */
  public record LiteralStart(StringLiteral literal, String text, boolean whole) {
  }

  /** The method of str that fills a template's {@code {}} fields. */
  private static final String FORMAT_METHOD = "format";
  /** Enough for {@code "ftp://" + a + b} and names that lead to it. */
  private static final int MAX_DEPTH = 4;

  private FtpUrls() {
  }

  /** What the code shows of the start of a URL's value; empty when it starts with something computed. */
  public static Optional<LiteralStart> literalStart(Expression url, SubscriptionContext context) {
    return literalStart(url, context, 0);
  }

  private static Optional<LiteralStart> literalStart(Expression url, SubscriptionContext context, int depth) {
    Expression value = ValueResolver.resolve(url, context).orElse(null);
    if (value == null || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (value instanceof StringLiteral literal) {
      Optional<String> constant = ValueResolver.stringValue(literal, context);
      if (constant.isPresent()) {
        return Optional.of(new LiteralStart(literal, constant.get(), true));
      }
      return fStringStart(literal);
    }
    if (value instanceof BinaryExpression binary && binary.is(Tree.Kind.PLUS)) {
      return literalStart(binary.leftOperand(), context, depth + 1).map(start -> new LiteralStart(start.literal(), start.text(), false));
    }
    if (value instanceof BinaryExpression binary && binary.is(Tree.Kind.MODULO)) {
      return templateStart(binary.leftOperand(), '%', context);
    }
    if (value instanceof CallExpression call && call.callee() instanceof QualifiedExpression method
      && FORMAT_METHOD.equals(method.name().name())) {
      return templateStart(method.qualifier(), '{', context);
    }
    return Optional.empty();
  }

  /** A constant template's text up to its first field. */
  private static Optional<LiteralStart> templateStart(Expression template, char fieldStart, SubscriptionContext context) {
    if (!(ValueResolver.resolve(template, context).orElse(null) instanceof StringLiteral literal)) {
      return Optional.empty();
    }
    return ValueResolver.stringValue(literal, context)
      .map(text -> new LiteralStart(literal, text.indexOf(fieldStart) < 0 ? text : text.substring(0, text.indexOf(fieldStart)), false));
  }

  /** A single f-string up to its first replacement field (or to a doubled brace, conservatively). */
  private static Optional<LiteralStart> fStringStart(StringLiteral literal) {
    if (literal.stringElements().size() != 1) {
      return Optional.empty();
    }
    StringElement element = literal.stringElements().get(0);
    String prefix = element.prefix();
    String body = element.trimmedQuotesValue();
    boolean escapes = !hasPrefixLetter(prefix, 'r') && body.indexOf('\\') >= 0;
    if (!hasPrefixLetter(prefix, 'f') || hasPrefixLetter(prefix, 't') || hasPrefixLetter(prefix, 'b') || escapes) {
      return Optional.empty();
    }
    int field = body.indexOf('{');
    return Optional.of(new LiteralStart(literal, field < 0 ? body : body.substring(0, field), field < 0));
  }

  /** The prefix holds the letter, in either case (as isInterpolated() and isTemplate() read f and t). */
  private static boolean hasPrefixLetter(String prefix, char lowercase) {
    return prefix.indexOf(lowercase) >= 0 || prefix.indexOf(Character.toUpperCase(lowercase)) >= 0;
  }

  /**
   * The URL a call fetches (or describes, for urllib's Request), when the call certainly passes one: urllib.request,
   * and the readers that open URLs through fsspec.
   */
  public static Optional<Expression> urlArgument(CallExpression call, SubscriptionContext context) {
    if (!UrllibApi.IS_URL_OPENER.isTrueFor(call.callee(), context)) {
      return fsspecUrlArgument(call);
    }
    // a loop, not a stream: this runs on every call of the file
    for (String keyword : UrllibApi.URL_KEYWORDS) {
      Optional<Expression> url = CallArguments.valueOf(call, UrllibApi.URL_POSITION, keyword);
      if (url.isPresent()) {
        return url;
      }
    }
    return Optional.empty();
  }

  /**
   * The URL a call opens through fsspec, which picks the file system from its scheme: fsspec.open(), the pandas
   * readers and the dask readers.
   */
  public static Optional<Expression> fsspecUrlArgument(CallExpression call) {
    Expression callee = call.callee();
    if (!CallKinds.mayNameLibrary(call)) {
      return Optional.empty();
    }
    if (FsspecApi.URL_OPENERS.isTrueFor(callee)) {
      return CallArguments.valueOf(call, FsspecApi.URL);
    }
    if (DaskApi.READERS.isTrueFor(callee)) {
      return CallArguments.valueOf(call, DaskApi.SOURCE);
    }
    // a loop, not a stream: this runs on every call of the file
    for (PandasApi.Reader reader : PandasApi.READERS) {
      if (reader.function().isTrueFor(callee)) {
        return CallArguments.valueOf(call, reader.source());
      }
    }
    return Optional.empty();
  }

  /**
   * The call may ask fsspec for FTP over TLS: a {@code tls} option, or storage options that are not a literal
   * dictionary without one.
   */
  public static boolean mayRequestTls(CallExpression call, SubscriptionContext context) {
    if (!(CallArguments.bindingOf(call, FsspecApi.STORAGE_OPTION_TLS) instanceof CallArguments.Absent)) {
      return LibraryCalls.flag(call, FsspecApi.STORAGE_OPTION_TLS, context).orElse(true);
    }
    CallArguments.Binding options = CallArguments.bindingOf(call, PandasApi.STORAGE_OPTIONS);
    return !(options instanceof CallArguments.Absent) && !isDictionaryWithoutTls(options, context);
  }

  private static boolean isDictionaryWithoutTls(CallArguments.Binding options, SubscriptionContext context) {
    return options instanceof CallArguments.Passed passed
      && ValueResolver.resolve(passed.value(), context).orElse(null) instanceof DictionaryLiteral dictionary
      && dictionary.elements().stream().allMatch(element -> element instanceof KeyValuePair pair
        && ValueResolver.stringValue(pair.key(), context).filter(key -> !FsspecApi.STORAGE_OPTION_TLS.keyword().equals(key)).isPresent());
  }

  public static boolean isSshUrl(String url) {
    for (String scheme : FsspecApi.SSH_SCHEMES) {
      if (UrlUserInfo.hasScheme(url, scheme)) {
        return true;
      }
    }
    return false;
  }

  public static boolean isFtpUrl(String url) {
    return UrlUserInfo.hasScheme(url, UrllibApi.FTP_SCHEME);
  }

  /** The user and password of an FTP URL, split as urllib's FTPHandler splits them; empty when it names no user. */
  public static Optional<UrlUserInfo> credentials(String url) {
    return UrlUserInfo.of(url, UrllibApi.FTP_SCHEME);
  }
}
