package io.ftpsecurity.python.api;

import io.ftpsecurity.shared.TlsVersion;
import io.ftpsecurity.shared.WeakCipherFamily;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Python's {@code ssl} module (Lib/ssl.py) and the OpenSSL cipher-string vocabulary it passes through.
 */
public final class SslApi {

  public static final String MODULE = "ssl";
  /**
   * Python makes no TLS connection without this module: ftplib defines FTP_TLS only where {@code import ssl} succeeds
   * (Lib/ftplib.py, {@code try: import ssl ... else: ... class FTP_TLS}), and asyncio's TLS transports raise
   * "stdlib ssl module not available" (Lib/asyncio/sslproto.py).
   */
  public static final String REQUIRED_BY_TLS_CLIENTS = MODULE;

  /** Certificate and hostname checks on: CERT_REQUIRED, check_hostname=True, system CAs loaded. */
  public static final String CREATE_DEFAULT_CONTEXT = "ssl.create_default_context";
  /**
   * No certificate and no hostname check. {@code _create_stdlib_context} is an alias of it, and it is what
   * FTP_TLS falls back to when no context is given.
   */
  public static final Set<String> UNVERIFIED_CONTEXT_FACTORIES = Set.of(
    "ssl._create_unverified_context", "ssl._create_stdlib_context");
  public static final String SSL_CONTEXT = "ssl.SSLContext";
  /** Qualified names of the module's members start with this: {@code ssl.CERT_NONE}, {@code ssl.TLSVersion.TLSv1}. */
  public static final String MEMBER_PREFIX = MODULE + ".";

  public static final TypeMatcher IS_CREATE_DEFAULT_CONTEXT = TypeMatchers.withFQN(CREATE_DEFAULT_CONTEXT);
  public static final TypeMatcher IS_UNVERIFIED_CONTEXT_FACTORY =
    TypeMatchers.withAnyFQN(UNVERIFIED_CONTEXT_FACTORIES);
  public static final TypeMatcher IS_SSL_CONTEXT_CLASS = TypeMatchers.isType(SSL_CONTEXT);

  /** _create_unverified_context(protocol=None, *, cert_reqs=CERT_NONE, check_hostname=False, ...): these two turn checks back on. */
  public static final Set<String> UNVERIFIED_FACTORY_CHECK_KEYWORDS = Set.of("cert_reqs", "check_hostname");
  /** create_default_context(purpose=Purpose.SERVER_AUTH, ...): only the default purpose makes a verifying client context. */
  public static final int CREATE_DEFAULT_CONTEXT_PURPOSE_POSITION = 0;
  public static final String CREATE_DEFAULT_CONTEXT_PURPOSE_KEYWORD = "purpose";
  public static final String SERVER_AUTH_PURPOSE = "SERVER_AUTH";

  /** SSLContext(protocol=None): without an argument the protocol is PROTOCOL_TLS (deprecated since 3.10). */
  public static final int SSL_CONTEXT_PROTOCOL_POSITION = 0;
  public static final String SSL_CONTEXT_PROTOCOL_KEYWORD = "protocol";
  public static final String SSL_CONTEXT_DEFAULT_PROTOCOL = "PROTOCOL_TLS";

  /** SSLContext(protocol): only PROTOCOL_TLS_CLIENT turns certificate and hostname checks on by default. */
  public static final String PROTOCOL_TLS_CLIENT = "PROTOCOL_TLS_CLIENT";
  /** Protocols whose contexts start with verify_mode=CERT_NONE and check_hostname=False. */
  public static final Set<String> UNVERIFIED_BY_DEFAULT_PROTOCOLS = Set.of(
    "PROTOCOL_TLS", "PROTOCOL_SSLv23", "PROTOCOL_TLSv1", "PROTOCOL_TLSv1_1", "PROTOCOL_TLSv1_2",
    "PROTOCOL_SSLv2", "PROTOCOL_SSLv3", "PROTOCOL_TLS_SERVER");
  /** Protocols pinned below TLS 1.2. */
  public static final Set<String> WEAK_PROTOCOLS = TlsVersion.weakNames(TlsVersion::pythonName, "PROTOCOL_");

  /** Context attributes and methods the rules follow. */
  public static final String CHECK_HOSTNAME = "check_hostname";
  public static final String VERIFY_MODE = "verify_mode";
  public static final String MINIMUM_VERSION = "minimum_version";
  public static final String MAXIMUM_VERSION = "maximum_version";
  public static final String OPTIONS = "options";
  public static final String SET_CIPHERS = "set_ciphers";

  /** SSLContext.set_ciphers(ciphers): the OpenSSL cipher string. */
  public static final int SET_CIPHERS_POSITION = 0;
  public static final String SET_CIPHERS_KEYWORD = "ciphers";

  /** verify_mode values. */
  public static final String CERT_REQUIRED = "CERT_REQUIRED";
  public static final Set<String> NON_VERIFYING_CERT_MODES = Set.of("CERT_NONE", "CERT_OPTIONAL");

  /** ssl.TLSVersion members older than TLS 1.2; MINIMUM_SUPPORTED is the oldest the OpenSSL build allows. */
  public static final Set<String> WEAK_TLS_VERSIONS = union(TlsVersion.weakNames(TlsVersion::pythonName, ""), "MINIMUM_SUPPORTED");
  /** The ssl.TLSVersion enum, and the values of it that allow no version older than TLS 1.2 as a bound. */
  public static final String TLS_VERSION_CLASS = "ssl.TLSVersion";
  public static final String TLS_1_2 = TlsVersion.TLS_1_2.pythonName();
  /** As maximum_version: no cap below what the OpenSSL build supports. */
  public static final String MAXIMUM_SUPPORTED = "MAXIMUM_SUPPORTED";
  public static final Set<String> STRONG_TLS_VERSION_BOUNDS = Set.of(TLS_1_2, TlsVersion.TLS_1_3.pythonName(), MAXIMUM_SUPPORTED);
  /** Options that switch old protocol versions off; clearing them turns those versions back on. */
  public static final Set<String> OLD_PROTOCOL_OPT_OUTS = TlsVersion.weakNames(TlsVersion::pythonName, "OP_NO_");

  /**
   * OpenSSL cipher-string words that select suites without real protection, each mapped to the class of its family:
   * excluding the class ({@code !aNULL}) also excludes its narrower words ({@code ADH}, {@code AECDH}).
   * Case-sensitive, as in OpenSSL.
   */
  public static final Map<String, String> WEAK_CIPHER_WORDS = WeakCipherFamily.openSslWordClasses();
  /** Words that are another spelling of a whole class: excluding {@code NULL} is excluding {@code eNULL}. */
  public static final Map<String, String> CIPHER_WORD_ALIASES = Map.of("NULL", "eNULL", "EXPORT", "EXP");
  /**
   * Parts of OpenSSL suite names ({@code DES-CBC3-SHA}, {@code ECDHE-RSA-RC4-SHA}) that make the suite weak, mapped
   * to the cipher word that selects them. {@code DES} next to {@code CBC3} is triple DES.
   */
  public static final Map<String, String> WEAK_SUITE_NAME_PARTS = Map.of(
    "RC4", "RC4", "RC2", "RC2", "CBC3", "3DES", "DES", "DES", "MD5", "MD5", "NULL", "eNULL", "EXP", "EXP",
    "ADH", "ADH", "AECDH", "AECDH", "IDEA", "IDEA");
  public static final String TRIPLE_DES_SUITE_PART = "CBC3";
  /** {@code ALL} selects every suite but eNULL, so the anonymous (aNULL) ones too unless they are excluded. */
  public static final String ALL_CIPHERS = "ALL";
  public static final String ALL_CIPHERS_WEAK_CLASS = "aNULL";
  /** Words that put (nearly) every suite in the list: a later {@code +RC4} then keeps RC4 suites in it. */
  public static final Set<String> CATCH_ALL_CIPHER_WORDS = Set.of(ALL_CIPHERS, "DEFAULT");

  private SslApi() {
  }

  private static Set<String> union(Set<String> names, String name) {
    return Stream.concat(names.stream(), Stream.of(name)).collect(Collectors.toUnmodifiableSet());
  }
}
