package io.ftpsecurity.java.api;

import org.sonar.plugins.java.api.semantic.MethodMatchers;

/**
 * The JDK's URL classes: {@code java.net.URL} fetches {@code ftp://} URLs with its built-in cleartext FTP handler
 * when the URL is opened ({@code openStream()}, {@code openConnection()}); building the URL sends nothing.
 */
public final class JdkApi {

  public static final String FTP_SCHEME = "ftp://";

  /** new URL(spec) (deprecated since Java 20, still common). */
  public static final MethodMatchers NEW_URL_FROM_SPEC = ApiMatchers.create()
    .ofTypes("java.net.URL").constructor().addParametersMatcher("java.lang.String").build();
  /** URI.create(spec) and new URI(spec): a URL once {@code toURL()} is called. */
  public static final MethodMatchers URI_FROM_SPEC = ApiMatchers.or(
    ApiMatchers.create().ofTypes("java.net.URI").names("create").addParametersMatcher("java.lang.String").build(),
    ApiMatchers.create().ofTypes("java.net.URI").constructor().addParametersMatcher("java.lang.String").build());
  public static final MethodMatchers URI_TO_URL = ApiMatchers.create()
    .ofTypes("java.net.URI").names("toURL").addWithoutParametersMatcher().build();
  /** The calls that contact the URL's server. */
  public static final MethodMatchers URL_OPEN = ApiMatchers.create()
    .ofTypes("java.net.URL").names("openStream", "openConnection", "getContent").withAnyParameters().build();

  /** SSLContext.getInstance(protocol[, provider]): the protocol names the versions the context may negotiate. */
  public static final MethodMatchers SSL_CONTEXT_GET_INSTANCE = ApiMatchers.create()
    .ofTypes("javax.net.ssl.SSLContext").names("getInstance").withAnyParameters().build();

  /** X509TrustManager.checkServerTrusted(chain, authType): a trust manager accepts by returning without throwing. */
  public static final String X509_TRUST_MANAGER = "javax.net.ssl.X509TrustManager";
  public static final String CHECK_SERVER_TRUSTED = "checkServerTrusted";
  /** HostnameVerifier.verify(hostname, session): true accepts the host. */
  public static final String HOSTNAME_VERIFIER = "javax.net.ssl.HostnameVerifier";
  public static final String VERIFY = "verify";

  private JdkApi() {
  }
}
