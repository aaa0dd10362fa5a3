package io.ftpsecurity.python.api;

import java.util.Set;
import org.sonar.plugins.python.api.PythonVersionUtils;

/**
 * Python's {@code ftplib} as CPython 3.8 to 3.13 implements it (Lib/ftplib.py).
 */
public final class FtplibApi {

  public static final String MODULE = "ftplib";
  /** Cleartext FTP: credentials, commands and files all travel unencrypted. */
  public static final String FTP = "ftplib.FTP";
  /** FTP over explicit TLS (RFC 4217); a subclass of {@link #FTP}. */
  public static final String FTP_TLS = "ftplib.FTP_TLS";

  /** The class itself or a subclass of it; an FTP_TLS class also matches, so test {@link #IS_FTP_TLS_CLASS} first. */
  public static final TypeMatcher IS_FTP_CLASS = TypeMatchers.isTypeOrSuperTypeWithFQN(FTP);
  public static final TypeMatcher IS_FTP_TLS_CLASS = TypeMatchers.isTypeOrSuperTypeWithFQN(FTP_TLS);
  /** ftplib.FTP_TLS itself, not a subclass: its constructor and attributes are the ones this class documents. */
  public static final TypeMatcher IS_EXACT_FTP_TLS_CLASS = TypeMatchers.isType(FTP_TLS);
  /** The constructor a subclass overrides and that hands the context on to FTP_TLS. */
  public static final String INIT_METHOD = "__init__";

  /** FTP_TLS.login(user='', passwd='', acct='', secure=True): secure=False skips AUTH TLS. */
  public static final String LOGIN = "login";
  public static final TypeMatcher IS_FTP_TLS_LOGIN = TypeMatchers.withFQN(FTP_TLS + "." + LOGIN);
  public static final TypeMatcher IS_FTP_LOGIN = TypeMatchers.withFQN(FTP + "." + LOGIN);
  public static final int LOGIN_SECURE_POSITION = 3;
  public static final String LOGIN_SECURE_KEYWORD = "secure";
  public static final int LOGIN_USER_POSITION = 0;
  public static final String LOGIN_USER_KEYWORD = "user";
  public static final int LOGIN_PASSWORD_POSITION = 1;
  public static final String LOGIN_PASSWORD_KEYWORD = "passwd";
  /** Users for which servers accept any password: no secret is at stake. */
  public static final Set<String> ANONYMOUS_USERS = Set.of("anonymous", "ftp");
  /** ftplib's own login methods; a subclass that overrides login may take other parameters. */
  public static final Set<String> LOGIN_FQNS = Set.of(FTP + "." + LOGIN, FTP_TLS + "." + LOGIN);
  /** ftplib's own constructors; a subclass with its own __init__ may take other parameters. */
  public static final String INIT = "__init__";
  public static final Set<String> CONSTRUCTOR_FQNS = Set.of(FTP + "." + INIT, FTP_TLS + "." + INIT);

  /** FTP_TLS.ccc(): unwraps TLS from the control connection. */
  public static final String CCC = "ccc";

  /** FTP.connect(host='', port=0, ...), which the constructor calls when given a host. */
  public static final String CONNECT = "connect";

  /** Constructor FTP(host, user, passwd, acct, ...) and FTP_TLS(host, user, passwd, acct, keyfile, certfile, context, ...). */
  public static final String CONSTRUCTOR_HOST_KEYWORD = "host";
  public static final int CONSTRUCTOR_USER_POSITION = 1;
  public static final String CONSTRUCTOR_USER_KEYWORD = "user";
  public static final int CONSTRUCTOR_PASSWORD_POSITION = 2;
  public static final String CONSTRUCTOR_PASSWORD_KEYWORD = "passwd";
  /** Positional only up to Python 3.11 (after keyfile and certfile); keyword-only since 3.12. */
  public static final int CONSTRUCTOR_CONTEXT_POSITION = 6;
  public static final String CONSTRUCTOR_CONTEXT_KEYWORD = "context";
  /** The Python version that removed keyfile, certfile and ssl_version from FTP_TLS. */
  public static final PythonVersionUtils.Version LEGACY_TLS_OPTIONS_REMOVED_IN = PythonVersionUtils.Version.V_312;
  /** Deprecated since 3.6 and removed in 3.12: passing them raises TypeError. */
  public static final Set<String> CONSTRUCTOR_KEYWORDS_REMOVED_IN_312 = Set.of("keyfile", "certfile");
  /**
   * Class attribute FTP_TLS reads up to 3.11 to build its fallback context and to choose AUTH TLS or AUTH SSL; removed in
   * 3.12, where FTP_TLS reads {@code self.context.protocol} instead.
   */
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
   * Names that look like TLS settings but that no FTP or FTP_TLS code defines or reads (checked against Lib/ftplib.py,
   * 3.8 to 3.13): setting them on the client changes nothing, reading them raises AttributeError. The real settings,
   * and the SSLContext methods some of them copy, belong on the context passed as {@code context=}.
   */
  public static final Set<String> IGNORED_TLS_ATTRIBUTES = Set.of(
    "ssl_context", "tls_context", "sslcontext", "ssl_options", "check_hostname", "verify_mode", "minimum_version",
    "maximum_version", "ciphers", "options", "cert_reqs", "ca_certs", "cafile", "capath", "verify", "verify_ssl",
    "ssl_verify", "protocol", "tls_version", "server_hostname",
    "set_ciphers", "load_default_certs", "load_verify_locations", "load_cert_chain");

  private FtplibApi() {
  }
}
