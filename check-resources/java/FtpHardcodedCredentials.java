import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import java.net.URI;
import java.net.URL;
import net.schmizz.sshj.SSHClient;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPHTTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.sshd.client.session.ClientSession;
import org.springframework.integration.ftp.session.DefaultFtpsSessionFactory;
import org.springframework.integration.sftp.session.DefaultSftpSessionFactory;

class FtpHardcodedCredentials {

  static final String PASSWORD = "s3cret!";
  private final String configuredPassword;

  FtpHardcodedCredentials(String configuredPassword) {
    this.configuredPassword = configuredPassword;
  }

  void commonsNet(FTPSClient client, String user, String password) throws Exception {
    client.login("deploy", "s3cret!"); // Noncompliant {{Do not hard-code this FTP password; read it from an environment variable, a secrets manager or an encrypted configuration file.}}
//                         ^^^^^^^^^
    client.login("deploy", PASSWORD, "acct"); // Noncompliant [[secondary=15]]
    String local = "s3cret!"; // the secondary location
    client.login(user, local); // Noncompliant [[secondary=-1]]
    new FTPHTTPClient("proxy", 8080, "proxyUser", "proxyPass"); // Noncompliant
//                                                ^^^^^^^^^^^

    client.login("anonymous", "guest@example.com"); // Compliant: an anonymous login's password is no secret
    client.login("FTP", "guest@example.com");
    client.login("deploy", ""); // Compliant: empty
    client.login("deploy", password); // Compliant: a parameter
    client.login("deploy", configuredPassword); // Compliant: a field set from configuration
    client.login("deploy", System.getenv("FTP_PASSWORD")); // Compliant: the environment
    String reassigned = "s3cret!";
    reassigned = System.getenv("FTP_PASSWORD");
    client.login("deploy", reassigned); // Compliant: the value depends on the path
    new FTPHTTPClient("proxy", 8080);
  }

  void urls(String host) throws Exception {
    new URL("ftp://deploy:s3cret!@files.example.com/a.csv").openStream(); // Noncompliant {{Do not hard-code a password in this FTP URL; read it from an environment variable, a secrets manager or an encrypted configuration file.}}
    URI.create("ftp://deploy:s3cret!@files.example.com/b.csv"); // Noncompliant

    new URL("ftp://deploy@files.example.com/a.csv"); // Compliant: no password
    new URL("ftp://files.example.com/a@b:c"); // Compliant: the '@' is in the path
    new URL("https://deploy:s3cret!@files.example.com/a.csv"); // Compliant: not FTP, another rule's concern
    new URL("ftp://" + host + "/a.csv");
  }

  void spring(DefaultFtpsSessionFactory ftps, DefaultSftpSessionFactory sftp) {
    ftps.setPassword("s3cret!"); // Noncompliant {{Do not hard-code this FTP password; read it from an environment variable, a secrets manager or an encrypted configuration file.}}
    sftp.setPassword("s3cret!"); // Noncompliant {{Do not hard-code this SSH password; read it from an environment variable, a secrets manager or an encrypted configuration file.}}
    ftps.setPassword(configuredPassword);
    ftps.setUsername("s3cret!"); // Compliant: a user name
  }

  void ssh(Session jsch, SSHClient sshj, ClientSession mina) throws Exception {
    jsch.setPassword("s3cret!"); // Noncompliant
    sshj.authPassword("deploy", "s3cret!"); // Noncompliant
    mina.addPasswordIdentity("s3cret!"); // Noncompliant

    jsch.setPassword(configuredPassword);
    sshj.authPassword("deploy", configuredPassword.toCharArray());
    mina.addPasswordIdentity(System.getenv("SFTP_PASSWORD"));
    new JSch().getSession("deploy", "files.example.com", 22);
  }

  // ---------------------------------------------------------------- accepted gaps

  static class FnPasswordInAFieldWithoutFinal {
    // a field without final may be set from the configuration elsewhere: its initializer is not taken as its value
    private String password = "s3cret!";

    void upload(FTPClient client) throws Exception {
      client.login("deploy", password);
    }
  }

  void fn_password_built_from_characters(FTPClient client) throws Exception {
    // only strings the compiler folds into constants are known; a String built at run time is not
    client.login("deploy", new String(new char[] {'s', '3', 'c', 'r', 'e', 't'}));
  }
}
