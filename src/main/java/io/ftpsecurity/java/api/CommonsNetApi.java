package io.ftpsecurity.java.api;

import java.util.Set;
import org.sonar.plugins.java.api.semantic.MethodMatchers;

/**
 * Apache Commons Net's FTP clients ({@code org.apache.commons.net.ftp}), as commons-net 3.11 behaves:
 * <ul>
 *   <li>{@code FTPClient} and {@code FTPHTTPClient} (FTP through an HTTP proxy, whose proxy credentials go in clear
 *   too) speak cleartext FTP; {@code FTPSClient} extends {@code FTPClient}.</li>
 *   <li>{@code FTPSClient}'s default trust manager, {@code TrustManagerUtils.getValidateServerCertificateTrustManager()},
 *   only checks the certificate's validity dates. {@code setTrustManager(null)} makes it build its SSLContext with the
 *   JVM's default (PKIX) trust managers. Hostname checking is off until {@code setEndpointCheckingEnabled(true)} or a
 *   {@code HostnameVerifier} is set.</li>
 *   <li>An {@code SSLContext} given to the constructor is used as given: {@code setTrustManager} and
 *   {@code setKeyManager} are then never read. Otherwise the constructor's protocol goes to
 *   {@code SSLContext.getInstance}.</li>
 *   <li>The data channel is in clear text, in explicit and implicit mode alike, until {@code execPROT("P")};
 *   {@code execPROT("C")} (or {@code null}) clears it again, and {@code execCCC()} returns the control channel to clear
 *   text.</li>
 * </ul>
 */
public final class CommonsNetApi {

  public static final String FTP_CLIENT = "org.apache.commons.net.ftp.FTPClient";
  public static final String FTP_HTTP_CLIENT = "org.apache.commons.net.ftp.FTPHTTPClient";
  public static final String FTPS_CLIENT = "org.apache.commons.net.ftp.FTPSClient";
  /** The cleartext clients: subclasses of these that are not FTPS are cleartext too. */
  public static final Set<String> CLEARTEXT_CLIENTS = Set.of(FTP_CLIENT, FTP_HTTP_CLIENT);

  /** {@code new FTPClient()}, {@code new FTPHTTPClient(...)} and constructors of their subclasses. */
  public static final MethodMatchers NEW_CLIENT = ApiMatchers.create()
    .ofSubTypes(FTP_CLIENT).constructor().withAnyParameters().build();

  /** FTPHTTPClient(proxyHost, proxyPort, proxyUser, proxyPass[, encoding]): the proxy password. */
  public static final MethodMatchers NEW_FTP_HTTP_CLIENT_WITH_PROXY_CREDENTIALS = ApiMatchers.create()
    .ofSubTypes(FTP_HTTP_CLIENT).constructor()
    .addParametersMatcher("java.lang.String", "int", "java.lang.String", "java.lang.String")
    .addParametersMatcher("java.lang.String", "int", "java.lang.String", "java.lang.String", "java.nio.charset.Charset")
    .build();
  public static final int PROXY_PASSWORD_POSITION = 3;

  /** login(user, password) and login(user, password, account). */
  public static final MethodMatchers LOGIN = ApiMatchers.create()
    .ofSubTypes(FTP_CLIENT).names("login")
    .addParametersMatcher("java.lang.String", "java.lang.String")
    .addParametersMatcher("java.lang.String", "java.lang.String", "java.lang.String")
    .build();
  public static final int LOGIN_USER_POSITION = 0;
  public static final int LOGIN_PASSWORD_POSITION = 1;
  /** RFC 1635: the anonymous user, whose "password" is by convention an e-mail address. */
  public static final Set<String> ANONYMOUS_USERS = Set.of("anonymous", "ftp");

  /** Every FTPSClient constructor; those with an SSLContext parameter use it as given. */
  public static final MethodMatchers NEW_FTPS_CLIENT = ApiMatchers.create()
    .ofSubTypes(FTPS_CLIENT).constructor().withAnyParameters().build();
  public static final String SSL_CONTEXT = "javax.net.ssl.SSLContext";
  /** FTPSClient(String protocol) and FTPSClient(String protocol, boolean isImplicit): the protocol is the first argument. */
  public static final MethodMatchers NEW_FTPS_CLIENT_WITH_PROTOCOL = ApiMatchers.create()
    .ofSubTypes(FTPS_CLIENT).constructor()
    .addParametersMatcher("java.lang.String").addParametersMatcher("java.lang.String", "boolean").build();

  /** The connect(...) methods of SocketClient: the TLS handshake, and so the trust and hostname checks, happen here. */
  public static final MethodMatchers CONNECT = ApiMatchers.create()
    .ofSubTypes(FTP_CLIENT).names("connect").withAnyParameters().build();
  public static final MethodMatchers SET_TRUST_MANAGER = ApiMatchers.create()
    .ofSubTypes(FTPS_CLIENT).names("setTrustManager").addParametersMatcher("javax.net.ssl.TrustManager").build();
  public static final MethodMatchers SET_KEY_MANAGER = ApiMatchers.create()
    .ofSubTypes(FTPS_CLIENT).names("setKeyManager").addParametersMatcher("javax.net.ssl.KeyManager").build();
  public static final MethodMatchers SET_HOSTNAME_VERIFIER = ApiMatchers.create()
    .ofSubTypes(FTPS_CLIENT).names("setHostnameVerifier").addParametersMatcher("javax.net.ssl.HostnameVerifier").build();
  public static final MethodMatchers SET_ENDPOINT_CHECKING = ApiMatchers.create()
    .ofSubTypes(FTPS_CLIENT).names("setEndpointCheckingEnabled").addParametersMatcher("boolean").build();
  public static final MethodMatchers SET_ENABLED_PROTOCOLS = ApiMatchers.create()
    .ofSubTypes(FTPS_CLIENT).names("setEnabledProtocols").addParametersMatcher("java.lang.String[]").build();
  public static final MethodMatchers SET_ENABLED_CIPHER_SUITES = ApiMatchers.create()
    .ofSubTypes(FTPS_CLIENT).names("setEnabledCipherSuites").addParametersMatcher("java.lang.String[]").build();
  /** TrustManagerUtils.getAcceptAllTrustManager(): checks nothing. */
  public static final MethodMatchers GET_ACCEPT_ALL_TRUST_MANAGER = ApiMatchers.create()
    .ofTypes("org.apache.commons.net.util.TrustManagerUtils").names("getAcceptAllTrustManager").addWithoutParametersMatcher().build();

  /** execPROT(level): "P" protects the data channel; "C" (also null, the default) leaves it in clear. */
  public static final MethodMatchers EXEC_PROT = ApiMatchers.create()
    .ofSubTypes(FTPS_CLIENT).names("execPROT").addParametersMatcher("java.lang.String").build();
  public static final String PROT_CLEAR = "C";
  /** The methods of FTPClient that open a data connection: files, streams and listings. */
  public static final MethodMatchers TRANSFERS = ApiMatchers.create()
    .ofSubTypes(FTP_CLIENT)
    .names("storeFile", "storeFileStream", "storeUniqueFile", "storeUniqueFileStream", "appendFile", "appendFileStream",
      "retrieveFile", "retrieveFileStream", "listFiles", "listNames", "listDirectories", "mlistDir", "initiateListParsing",
      "initiateMListParsing")
    .withAnyParameters().build();

  /** execCCC(): Clear Command Channel. */
  public static final MethodMatchers EXEC_CCC = ApiMatchers.create()
    .ofSubTypes(FTPS_CLIENT).names("execCCC").addWithoutParametersMatcher().build();

  private CommonsNetApi() {
  }
}
