package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.DaskApi;
import io.ftpsecurity.python.api.FsspecApi;
import io.ftpsecurity.python.api.PandasApi;
import io.ftpsecurity.python.api.UrllibApi;
import java.util.Locale;
import java.util.Optional;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.DictionaryLiteral;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.KeyValuePair;

/**
 * {@code ftp://} URLs as urllib.request and fsspec read them: which argument of a call is fetched, and the user and
 * password written in the URL's authority.
 */
public final class FtpUrls {

  /** The user and password of an FTP URL; the password is {@code url.substring(passwordStart, passwordEnd)}. */
  public record Credentials(String user, int passwordStart, int passwordEnd) {
    public boolean hasPassword() {
      return passwordEnd > passwordStart;
    }
  }

  private FtpUrls() {
  }

  /**
   * The URL a call fetches (or describes, for urllib's Request), when the call certainly passes one: urllib.request,
   * and the readers that open URLs through fsspec.
   */
  public static Optional<Expression> urlArgument(CallExpression call, SubscriptionContext context) {
    if (!UrllibApi.IS_URL_OPENER.isTrueFor(call.callee(), context)) {
      return fsspecUrlArgument(call);
    }
    return UrllibApi.URL_KEYWORDS.stream()
      .map(keyword -> CallArguments.valueOf(call, UrllibApi.URL_POSITION, keyword))
      .flatMap(Optional::stream)
      .findFirst();
  }

  /**
   * The URL a call opens through fsspec, which picks the file system from its scheme: fsspec.open(), the pandas
   * readers and the dask readers.
   */
  public static Optional<Expression> fsspecUrlArgument(CallExpression call) {
    Expression callee = call.callee();
    if (FsspecApi.URL_OPENERS.isTrueFor(callee)) {
      return CallArguments.valueOf(call, FsspecApi.URL);
    }
    if (DaskApi.READERS.isTrueFor(callee)) {
      return CallArguments.valueOf(call, DaskApi.SOURCE);
    }
    return PandasApi.READERS.stream()
      .filter(reader -> reader.function().isTrueFor(callee))
      .findFirst()
      .flatMap(reader -> CallArguments.valueOf(call, reader.source()));
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
    String normalized = url.strip().toLowerCase(Locale.ROOT);
    return FsspecApi.SSH_SCHEMES.stream().anyMatch(normalized::startsWith);
  }

  public static boolean isFtpUrl(String url) {
    return url.strip().toLowerCase(Locale.ROOT).startsWith(UrllibApi.FTP_SCHEME);
  }

  /**
   * The credentials of an FTP URL, split as urllib's FTPHandler splits them: the authority ends at the first
   * '/', '?' or '#', the user information ends at its last '@', and the user ends at the first ':'.
   * Empty when the URL is not an FTP URL or names no user.
   */
  public static Optional<Credentials> credentials(String url) {
    if (!isFtpUrl(url)) {
      return Optional.empty();
    }
    // urllib strips surrounding whitespace before reading the scheme
    int authorityStart = url.length() - url.stripLeading().length() + UrllibApi.FTP_SCHEME.length();
    int authorityEnd = authorityStart;
    while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
      authorityEnd++;
    }
    int at = url.lastIndexOf('@', authorityEnd - 1);
    if (at < authorityStart) {
      return Optional.empty();
    }
    int colon = url.indexOf(':', authorityStart);
    if (colon < 0 || colon > at) {
      return Optional.of(new Credentials(url.substring(authorityStart, at), at, at));
    }
    return Optional.of(new Credentials(url.substring(authorityStart, colon), colon + 1, at));
  }
}
