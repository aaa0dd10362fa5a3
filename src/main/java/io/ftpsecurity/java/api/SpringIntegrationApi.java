package io.ftpsecurity.java.api;

import org.sonar.plugins.java.api.semantic.MethodMatchers;

/**
 * Spring Integration's session factories ({@code spring-integration-ftp} and {@code -sftp}, 6.x):
 * {@code DefaultFtpSessionFactory} makes Commons Net {@code FTPClient}s, {@code DefaultFtpsSessionFactory} (its
 * sibling: both extend {@code AbstractFtpSessionFactory}) {@code FTPSClient}s, {@code DefaultSftpSessionFactory} MINA SSHD sessions; passwords are set with
 * {@code setPassword}.
 */
public final class SpringIntegrationApi {

  public static final String FTP_SESSION_FACTORY = "org.springframework.integration.ftp.session.DefaultFtpSessionFactory";
  public static final String FTPS_SESSION_FACTORY = "org.springframework.integration.ftp.session.DefaultFtpsSessionFactory";
  public static final String SFTP_SESSION_FACTORY = "org.springframework.integration.sftp.session.DefaultSftpSessionFactory";

  /** new DefaultFtpSessionFactory(): exactly that class, whose clients are cleartext. */
  public static final MethodMatchers NEW_FTP_SESSION_FACTORY = ApiMatchers.create()
    .ofTypes(FTP_SESSION_FACTORY).constructor().withAnyParameters().build();

  /** new DefaultFtpsSessionFactory(): its clients keep FTPSClient's date-only trust manager unless one is set. */
  public static final MethodMatchers NEW_FTPS_SESSION_FACTORY = ApiMatchers.create()
    .ofSubTypes(FTPS_SESSION_FACTORY).constructor().withAnyParameters().build();
  public static final MethodMatchers FTPS_SET_TRUST_MANAGER = ApiMatchers.create()
    .ofSubTypes(FTPS_SESSION_FACTORY).names("setTrustManager").withAnyParameters().build();
  /** setProt(level): the factory calls execPROT(level) after connecting; its default is "P". */
  public static final MethodMatchers FTPS_SET_PROT = ApiMatchers.create()
    .ofSubTypes(FTPS_SESSION_FACTORY).names("setProt").addParametersMatcher("java.lang.String").build();
  /** setProtocol(protocol): given to the FTPSClient constructor. */
  public static final MethodMatchers FTPS_SET_PROTOCOL = ApiMatchers.create()
    .ofSubTypes(FTPS_SESSION_FACTORY).names("setProtocol").addParametersMatcher("java.lang.String").build();
  /** setProtocols / setCipherSuites: given to setEnabledProtocols / setEnabledCipherSuites. */
  public static final MethodMatchers FTPS_SET_PROTOCOLS = ApiMatchers.create()
    .ofSubTypes(FTPS_SESSION_FACTORY).names("setProtocols").addParametersMatcher("java.lang.String[]").build();
  public static final MethodMatchers FTPS_SET_CIPHER_SUITES = ApiMatchers.create()
    .ofSubTypes(FTPS_SESSION_FACTORY).names("setCipherSuites").addParametersMatcher("java.lang.String[]").build();

  /** setPassword(String) on the FTP, FTPS and SFTP session factories. */
  public static final MethodMatchers SET_PASSWORD = ApiMatchers.create()
    .ofSubTypes("org.springframework.integration.ftp.session.AbstractFtpSessionFactory", SFTP_SESSION_FACTORY)
    .names("setPassword").addParametersMatcher("java.lang.String").build();

  /** DefaultSftpSessionFactory.setAllowUnknownKeys(boolean): true accepts any host key when no known_hosts is set. */
  public static final MethodMatchers SET_ALLOW_UNKNOWN_KEYS = ApiMatchers.create()
    .ofSubTypes(SFTP_SESSION_FACTORY).names("setAllowUnknownKeys").addParametersMatcher("boolean").build();

  private SpringIntegrationApi() {
  }
}
