import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;
import org.springframework.integration.ftp.session.DefaultFtpsSessionFactory;

class FtpsUnverifiedCertificate {

  void defaults(String host) throws Exception {
    FTPSClient client = new FTPSClient(); // Noncompliant {{Set a trust manager that checks the certificate chain, such as "setTrustManager(null)" for the JVM's default: the default one of this client only checks the certificate's dates.}} [[secondary=+2]]
//                      ^^^^^^^^^^^^^^^^
    client.setEndpointCheckingEnabled(true);
    client.connect(host);
  }

  void noHostnameCheck(String host) throws Exception {
    FTPSClient client = new FTPSClient(true); // Noncompliant {{Turn hostname checking on with "setEndpointCheckingEnabled(true)": this client accepts a valid certificate issued for any other host.}}
    client.setTrustManager(null);
    client.connect(host, 990);
  }

  void settingsOnOnePathOnly(String host, boolean strict) throws Exception {
    FTPSClient client = new FTPSClient(); // Noncompliant 2
    if (strict) {
      client.setTrustManager(null);
      client.setEndpointCheckingEnabled(true);
    }
    client.connect(host);
  }

  void settingsAfterConnecting(String host) throws Exception {
    FTPSClient client = new FTPSClient(); // Noncompliant 2
    client.connect(host);
    client.setTrustManager(null);
    client.setEndpointCheckingEnabled(true);
  }

  void verified(String host, TrustManagerFactory factory, HostnameVerifier verifier) throws Exception {
    FTPSClient jvmDefaults = new FTPSClient(); // Compliant: PKIX checks and endpoint identification
    jvmDefaults.setTrustManager(null);
    jvmDefaults.setEndpointCheckingEnabled(true);
    jvmDefaults.connect(host);

    FTPSClient fromFactory = new FTPSClient(); // Compliant: a real trust manager and hostname verifier
    fromFactory.setTrustManager(factory.getTrustManagers()[0]);
    fromFactory.setHostnameVerifier(verifier);
    fromFactory.connect(host);

    FTPSClient ownContext = new FTPSClient(SSLContext.getDefault()); // Compliant: the context decides
    ownContext.setEndpointCheckingEnabled(true);
    ownContext.connect(host);

    FTPSClient neverConnected = new FTPSClient(); // Compliant: it connects where the code does not show
    configure(neverConnected);
    neverConnected.connect(host);

    FTPSClient notConnectedHere = new FTPSClient();
    notConnectedHere.setBufferSize(1024);
  }

  void acceptAll(FTPSClient client) {
    client.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager()); // Noncompliant {{Check the server's certificate: this trust manager accepts any certificate.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    client.setTrustManager(new X509TrustManager() { // Noncompliant
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {
      }

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {
      }

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    });
    client.setTrustManager(new TrustAll()); // Noncompliant
    client.setHostnameVerifier((hostname, session) -> true); // Noncompliant {{Check the server's hostname: this verifier accepts any host.}}

    client.setTrustManager(TrustManagerUtils.getValidateServerCertificateTrustManager()); // Compliant for this part: not accept-all
    client.setHostnameVerifier((hostname, session) -> hostname.endsWith(".example.com"));
  }

  void spring(DefaultFtpsSessionFactory configured, X509TrustManager trustManager) {
    DefaultFtpsSessionFactory factory = new DefaultFtpsSessionFactory(); // Noncompliant
    factory.setHost("files.example.com");
    DefaultFtpsSessionFactory verified = new DefaultFtpsSessionFactory();
    verified.setTrustManager(trustManager);
    configured.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager()); // Noncompliant
  }

  FTPSClient connectedThenReturned(String host) throws Exception {
    FTPSClient client = new FTPSClient(); // Noncompliant 2
    client.connect(host);
    return client;
  }

  void configure(FTPSClient client) {
  }

  static class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  static class FieldClient {
    private final FTPSClient client;
    private final FTPSClient verified = new FTPSClient();

    FieldClient() {
      client = new FTPSClient(); // Noncompliant 2
      verified.setTrustManager(null);
      verified.setEndpointCheckingEnabled(true);
    }

    void run(String host) throws Exception {
      client.connect(host);
      verified.connect(host);
    }
  }

  // ---------------------------------------------------------------- accepted gaps

  void fp_correlated_conditions(String host, boolean strict) throws Exception {
    // the analysis does not relate the two conditions: it takes the path that connects without the trust manager
    FTPSClient client = new FTPSClient(); // Noncompliant
    client.setEndpointCheckingEnabled(true);
    if (strict) {
      client.setTrustManager(null);
    }
    if (strict) {
      client.connect(host);
    }
  }

  static class FnClientInAPackagePrivateField {
    // only private fields are followed: another class of the package may configure this one before it connects
    final FTPSClient client = new FTPSClient();

    void run(String host) throws Exception {
      client.connect(host);
    }
  }
}
