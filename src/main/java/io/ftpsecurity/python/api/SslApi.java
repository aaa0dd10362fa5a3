package io.ftpsecurity.python.api;

import java.util.Set;
import org.sonar.plugins.python.api.types.v2.matchers.TypeMatcher;
import org.sonar.plugins.python.api.types.v2.matchers.TypeMatchers;

/**
 * Python's {@code ssl} module (Lib/ssl.py) and the OpenSSL cipher-string vocabulary it passes through.
 */
public final class SslApi {

  public static final String MODULE = "ssl";

  /** Certificate and hostname checks on: CERT_REQUIRED, check_hostname=True, system CAs loaded. */
  public static final String CREATE_DEFAULT_CONTEXT = "ssl.create_default_context";
  /**
   * No certificate and no hostname check. {@code _create_stdlib_context} is an alias of it, and it is what
   * FTP_TLS falls back to when no context is given.
   */
  public static final Set<String> UNVERIFIED_CONTEXT_FACTORIES = Set.of(
    "ssl._create_unverified_context", "ssl._create_stdlib_context");
  public static final String SSL_CONTEXT = "ssl.SSLContext";

  public static final TypeMatcher IS_CREATE_DEFAULT_CONTEXT = TypeMatchers.withFQN(CREATE_DEFAULT_CONTEXT);
  public static final TypeMatcher IS_UNVERIFIED_CONTEXT_FACTORY =
    TypeMatchers.any(UNVERIFIED_CONTEXT_FACTORIES.stream().map(TypeMatchers::withFQN));
  public static final TypeMatcher IS_SSL_CONTEXT_CLASS = TypeMatchers.isType(SSL_CONTEXT);

  /** SSLContext(protocol): only PROTOCOL_TLS_CLIENT turns certificate and hostname checks on by default. */
  public static final String PROTOCOL_TLS_CLIENT = "PROTOCOL_TLS_CLIENT";
  /** Protocols whose contexts start with verify_mode=CERT_NONE and check_hostname=False. */
  public static final Set<String> UNVERIFIED_BY_DEFAULT_PROTOCOLS = Set.of(
    "PROTOCOL_TLS", "PROTOCOL_SSLv23", "PROTOCOL_TLSv1", "PROTOCOL_TLSv1_1", "PROTOCOL_TLSv1_2",
    "PROTOCOL_SSLv2", "PROTOCOL_SSLv3", "PROTOCOL_TLS_SERVER");
  /** Protocols pinned below TLS 1.2. */
  public static final Set<String> WEAK_PROTOCOLS = Set.of(
    "PROTOCOL_TLSv1", "PROTOCOL_TLSv1_1", "PROTOCOL_SSLv2", "PROTOCOL_SSLv3");

  /** Context attributes and methods the rules follow. */
  public static final String CHECK_HOSTNAME = "check_hostname";
  public static final String VERIFY_MODE = "verify_mode";
  public static final String MINIMUM_VERSION = "minimum_version";
  public static final String MAXIMUM_VERSION = "maximum_version";
  public static final String OPTIONS = "options";
  public static final String SET_CIPHERS = "set_ciphers";
  public static final String LOAD_DEFAULT_CERTS = "load_default_certs";

  /** verify_mode values. */
  public static final String CERT_REQUIRED = "CERT_REQUIRED";
  public static final Set<String> NON_VERIFYING_CERT_MODES = Set.of("CERT_NONE", "CERT_OPTIONAL");

  /** ssl.TLSVersion members older than TLS 1.2; MINIMUM_SUPPORTED is the oldest the OpenSSL build allows. */
  public static final Set<String> WEAK_TLS_VERSIONS = Set.of("SSLv3", "TLSv1", "TLSv1_1", "MINIMUM_SUPPORTED");
  /** Options that switch old protocol versions off; clearing them turns those versions back on. */
  public static final Set<String> OLD_PROTOCOL_OPT_OUTS = Set.of("OP_NO_TLSv1", "OP_NO_TLSv1_1", "OP_NO_SSLv2", "OP_NO_SSLv3");
  public static final String TLS_VERSION_ENUM = "TLSVersion";

  /**
   * OpenSSL cipher-string words that select suites without real protection: no encryption, no authentication,
   * export-grade or broken algorithms. Matched case-sensitively as OpenSSL does, on each '+'-joined part.
   */
  public static final Set<String> WEAK_CIPHER_WORDS = Set.of(
    "NULL", "eNULL", "aNULL", "COMPLEMENTOFALL", "EXPORT", "EXP", "EXPORT40", "EXPORT56", "LOW",
    "RC4", "RC2", "MD5", "DES", "3DES", "IDEA", "SEED", "ADH", "AECDH", "DH_anon", "PSK", "SRP");
  /** Words that select (nearly) every suite, weak ones included, unless weak words are then excluded. */
  public static final Set<String> CATCH_ALL_CIPHER_WORDS = Set.of("ALL", "DEFAULT", "COMPLEMENTOFDEFAULT");

  private SslApi() {
  }
}
