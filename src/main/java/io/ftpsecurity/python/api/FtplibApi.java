package io.ftpsecurity.python.api;

import java.util.Set;
import org.sonar.plugins.python.api.types.v2.matchers.TypeMatcher;
import org.sonar.plugins.python.api.types.v2.matchers.TypeMatchers;

/**
 * Python's {@code ftplib} as CPython 3.8 to 3.13 implements it (Lib/ftplib.py).
 */
public final class FtplibApi {

  public static final String MODULE = "ftplib";
  /** Cleartext FTP: credentials, commands and files all travel unencrypted. */
  public static final String FTP = "ftplib.FTP";
  /** FTP over explicit TLS (RFC 4217); a subclass of {@link #FTP}. */
  public static final String FTP_TLS = "ftplib.FTP_TLS";
  /** The simple name of the cleartext class, as written in {@code from ftplib import FTP}. */
  public static final String FTP_CLASS_NAME = "FTP";

  /** The class itself or a subclass of it; an FTP_TLS class also matches, so test {@link #IS_FTP_TLS_CLASS} first. */
  public static final TypeMatcher IS_FTP_CLASS = TypeMatchers.isTypeOrSuperTypeWithFQN(FTP);
  public static final TypeMatcher IS_FTP_TLS_CLASS = TypeMatchers.isTypeOrSuperTypeWithFQN(FTP_TLS);

  /** FTP_TLS.login(user='', passwd='', acct='', secure=True): secure=False skips AUTH TLS. */
  public static final String LOGIN = "login";
  public static final TypeMatcher IS_FTP_TLS_LOGIN = TypeMatchers.withFQN(FTP_TLS + "." + LOGIN);
  public static final TypeMatcher IS_FTP_LOGIN = TypeMatchers.withFQN(FTP + "." + LOGIN);
  public static final String LOGIN_SECURE_KEYWORD = "secure";
  public static final int LOGIN_USER_POSITION = 0;
  public static final String LOGIN_USER_KEYWORD = "user";
  public static final int LOGIN_PASSWORD_POSITION = 1;
  public static final String LOGIN_PASSWORD_KEYWORD = "passwd";
  /** Users for which servers accept any password: no secret is at stake. */
  public static final Set<String> ANONYMOUS_USERS = Set.of("anonymous", "ftp");

  /** FTP_TLS.ccc(): unwraps TLS from the control connection. */
  public static final TypeMatcher IS_FTP_TLS_CCC = TypeMatchers.withFQN(FTP_TLS + ".ccc");

  /** Constructor FTP(host, user, passwd, acct, ...) and FTP_TLS(host, user, passwd, acct, keyfile, certfile, context, ...). */
  public static final int CONSTRUCTOR_USER_POSITION = 1;
  public static final String CONSTRUCTOR_USER_KEYWORD = "user";
  public static final int CONSTRUCTOR_PASSWORD_POSITION = 2;
  public static final String CONSTRUCTOR_PASSWORD_KEYWORD = "passwd";
  /** Positional only up to Python 3.11 (after keyfile and certfile); keyword-only since 3.12. */
  public static final int CONSTRUCTOR_CONTEXT_POSITION = 6;
  public static final String CONSTRUCTOR_CONTEXT_KEYWORD = "context";
  /** Deprecated since 3.6 and removed in 3.12: passing them raises TypeError. */
  public static final Set<String> CONSTRUCTOR_KEYWORDS_REMOVED_IN_312 = Set.of("keyfile", "certfile");
  /** Class attribute FTP_TLS reads when it builds its own context; meaningless once a context is given. */
  public static final String SSL_VERSION_ATTRIBUTE = "ssl_version";
  /** The attribute FTP_TLS actually wraps sockets with. */
  public static final String CONTEXT_ATTRIBUTE = "context";

  /** prot_p() encrypts the data channel; prot_c() returns it to clear text. */
  public static final String PROT_P = "prot_p";
  public static final String PROT_C = "prot_c";

  /**
   * Methods that FTP_TLS runs on itself without being called by name: the constructor (which may connect and log
   * in), a {@code with} statement, and every transfer (through transfercmd and ntransfercmd). A subclass that
   * overrides one of them may protect or wrap the data channel its own way.
   */
  public static final Set<String> IMPLICITLY_CALLED_METHODS = Set.of(
    "__init__", "__enter__", "connect", "login", "transfercmd", "ntransfercmd");

  /** Methods that open a data connection and so send or receive file contents or listings. */
  public static final Set<String> DATA_TRANSFER_METHODS = Set.of(
    "storbinary", "storlines", "retrbinary", "retrlines", "nlst", "dir", "mlsd", "transfercmd", "ntransfercmd");

  /**
   * Names that look like TLS settings but that no FTP_TLS code reads: setting them on the client changes nothing.
   * The real settings belong on the SSLContext passed as {@code context=}.
   */
  public static final Set<String> IGNORED_TLS_ATTRIBUTES = Set.of(
    "ssl_context", "tls_context", "sslcontext", "check_hostname", "verify_mode", "minimum_version", "maximum_version",
    "ciphers", "options", "cert_reqs", "ca_certs", "cafile", "capath", "verify", "verify_ssl", "ssl_verify",
    "protocol", "tls_version", "server_hostname");

  private FtplibApi() {
  }
}
