import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPHTTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.springframework.integration.ftp.session.DefaultFtpSessionFactory;
import org.springframework.integration.ftp.session.DefaultFtpsSessionFactory;

class InsecureFtp {

  static final String REPORTS = "ftp://files.example.com/reports/";
  static final String SECURE_REPORTS = "https://files.example.com/reports/";

  void clients() throws IOException {
    FTPClient plain = new FTPClient(); // Noncompliant {{Use "FTPSClient" with a verifying trust manager and "execPROT("P")", or SFTP, instead of this cleartext FTP client.}}
//                        ^^^^^^^^^
    FTPClient proxied = new FTPHTTPClient("proxy.example.com", 8080); // Noncompliant
    FTPClient subclass = new ReportClient(); // Noncompliant
    FTPClient anonymous = new FTPClient() { }; // Noncompliant

    FTPClient secure = new FTPSClient(); // Compliant: FTPS held in an FTPClient variable
    FTPSClient implicit = new FTPSClient(true);
    FTPClient secureSubclass = new AuditedFtpsClient();
  }

  void springFactories() {
    DefaultFtpSessionFactory plain = new DefaultFtpSessionFactory(); // Noncompliant {{Use "DefaultFtpsSessionFactory" or SFTP instead: this session factory makes cleartext FTP clients.}}
    DefaultFtpsSessionFactory secure = new DefaultFtpsSessionFactory(); // Compliant: FTPS
  }

  void clearCommandChannel(FTPSClient client) throws IOException {
    client.execCCC(); // Noncompliant {{Remove this "execCCC()" call: it returns the control channel, and every later command, to clear text.}}
//  ^^^^^^^^^^^^^^^^
    client.execPBSZ(0);
  }

  void urls(String host) throws Exception {
    InputStream direct = new URL("ftp://files.example.com/a.csv").openStream(); // Noncompliant {{Fetch this over HTTPS or SFTP: an "ftp://" URL is transferred in clear text.}}
//                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    URL constant = new URL(REPORTS + "b.csv"); // Noncompliant
    constant.openConnection();
    URL concatenated = new URL("FTP://" + host + "/c.csv"); // Noncompliant
    concatenated.openStream();
    URI.create("ftp://" + host + "/d.csv").toURL().openStream(); // Noncompliant
    URI uri = new URI("ftp://files.example.com/e.csv"); // Noncompliant [[secondary=+1]]
    uri.toURL().openConnection();

    new URL("https://files.example.com/a.csv").openStream(); // Compliant: HTTPS
    new URL(SECURE_REPORTS).openStream();
    new URL("sftp://files.example.com/a.csv").openStream();
    new URL("ftps://files.example.com/a.csv").openStream();
    URL neverOpened = new URL("ftp://files.example.com/a.csv"); // Compliant: nothing is sent until it is opened
    URL unknown = new URL(host);
    unknown.openStream();
    new URL(host + "ftp://").openStream();
  }

  void reassigned(String host) throws Exception {
    URL url = new URL("ftp://files.example.com/a.csv");
    url = new URL("https://" + host);
    url.openStream(); // Compliant: which URL is opened depends on the path, and the last one is HTTPS
  }

  static class ReportClient extends FTPClient {
  }

  static class AuditedFtpsClient extends FTPSClient {
  }

  // ------------------------------------------------ found in the ruling (commons-vfs2's FtpClientFactory)

  abstract static class ConnectionFactory<C extends FTPClient> {
    protected abstract C createClient();
  }

  static final class FtpConnectionFactory extends ConnectionFactory<FTPClient> {
    @Override
    protected FTPClient createClient() {
      return new FTPClient(); // Noncompliant
    }
  }

  // ---------------------------------------------------------------- accepted gaps

  void fn_url_from_a_helper_method() throws Exception {
    // what another method returns is not followed: the URL opened here is unknown
    reportsUrl().openStream();
  }

  URL reportsUrl() throws Exception {
    return new URL("ftp://files.example.com/reports.csv"); // Compliant: only built here, opened elsewhere
  }

  static class FnUrlInAFieldSetByTheConstructor {
    // only final fields (and variables written once) are followed: a field without final may be set elsewhere too
    private URL mirror;

    FnUrlInAFieldSetByTheConstructor() throws Exception {
      mirror = new URL("ftp://mirror.example.com/pub/data.csv");
    }

    InputStream fetch() throws IOException {
      return mirror.openStream();
    }
  }
}
