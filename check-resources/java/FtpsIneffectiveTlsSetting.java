import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.apache.commons.net.ftp.FTPSClient;

class FtpsIneffectiveTlsSetting {

  void ownContext(SSLContext context, TrustManager trustManager, KeyManager keyManager) throws Exception {
    FTPSClient client = new FTPSClient(context); // the secondary location
    client.setTrustManager(trustManager); // Noncompliant {{Configure the SSLContext instead: this client was built with its own context, so "setTrustManager()" is never used.}} [[secondary=-1]]
//  ^^^^^^^^^^^^^^^^^^^^^^
    client.setKeyManager(keyManager); // Noncompliant {{Configure the SSLContext instead: this client was built with its own context, so "setKeyManager()" is never used.}}
    client.setEndpointCheckingEnabled(true); // Compliant: read on every connection
    client.connect("files.example.com");

    FTPSClient implicit = new FTPSClient(true, SSLContext.getDefault());
    implicit.setTrustManager(null); // Noncompliant

    FTPSClient noContext = new FTPSClient(true); // Compliant: builds its context from these settings
    noContext.setTrustManager(trustManager);
    noContext.setKeyManager(keyManager);
  }

  FTPSClient passedOn(SSLContext context, TrustManager trustManager) {
    FTPSClient client = new FTPSClient(context);
    client.setTrustManager(trustManager); // Noncompliant
    register(client);
    return client;
  }

  void register(FTPSClient client) {
  }

  static class FieldClient {
    private final FTPSClient client;

    FieldClient(SSLContext context) {
      client = new FTPSClient(context);
    }

    void configure(TrustManager trustManager) {
      client.setTrustManager(trustManager); // Noncompliant
    }
  }

  // ---------------------------------------------------------------- accepted gaps

  void fn_client_variable_written_twice(SSLContext first, SSLContext second, TrustManager trustManager) {
    // a variable written twice is not tied to one creation: both clients ignore the trust manager, and neither is reported
    FTPSClient client = new FTPSClient(first);
    client.setTrustManager(trustManager);
    client = new FTPSClient(second);
    client.setTrustManager(trustManager);
  }
}
