import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.List;
import java.util.Properties;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;
import net.schmizz.sshj.transport.verification.PromiscuousVerifier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.springframework.integration.sftp.session.DefaultSftpSessionFactory;

class SftpUnverifiedHostKey {

  static final String CHECKING = "StrictHostKeyChecking";

  void jsch(Session session, String configured) throws Exception {
    session.setConfig("StrictHostKeyChecking", "no"); // Noncompliant {{Verify the server's host key: this SSH session accepts any host key, so anyone in the middle can pose as the server.}}
//                                             ^^^^
    JSch.setConfig(CHECKING, "NO"); // Noncompliant
    Properties config = new Properties();
    config.put("StrictHostKeyChecking", "no"); // Noncompliant [[secondary=+1]]
    session.setConfig(config);

    session.setConfig("StrictHostKeyChecking", "yes"); // Compliant
    session.setConfig("StrictHostKeyChecking", "accept-new");
    session.setConfig("StrictHostKeyChecking", configured); // Compliant: unknown value
    session.setConfig("PreferredAuthentications", "no");
    Properties notGiven = new Properties();
    notGiven.put("StrictHostKeyChecking", "no"); // Compliant: never handed to JSch
  }

  void sshj(SSHClient ssh) throws Exception {
    ssh.addHostKeyVerifier(new PromiscuousVerifier()); // Noncompliant
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^
    ssh.addHostKeyVerifier(new HostKeyVerifier() {
      @Override
      public boolean verify(String hostname, int port, PublicKey key) { // Noncompliant
        return true;
      }

      @Override
      public List<String> findExistingAlgorithms(String hostname, int port) {
        return List.of();
      }
    });
    ssh.loadKnownHosts(); // Compliant
    ssh.addHostKeyVerifier("SHA256:abcdef");
  }

  void mina(String host) throws Exception {
    SshClient client = SshClient.setUpDefaultClient(); // Noncompliant {{Set a verifying "ServerKeyVerifier" on this client: the default of "setUpDefaultClient()" accepts any host key.}}
    client.start();
    client.connect("deploy", host, 22);

    SshClient accepting = SshClient.setUpDefaultClient();
    accepting.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE); // Noncompliant
//                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    accepting.connect("deploy", host, 22);

    SshClient lambda = SshClient.setUpDefaultClient();
    lambda.setServerKeyVerifier((ClientSession session, SocketAddress address, PublicKey key) -> true); // Noncompliant
    lambda.connect("deploy", host, 22);

    SshClient verifying = SshClient.setUpDefaultClient(); // Compliant: a real verifier
    verifying.setServerKeyVerifier(new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, null));
    verifying.connect("deploy", host, 22);

    SshClient configuredElsewhere = SshClient.setUpDefaultClient(); // Compliant: leaves the method
    configure(configuredElsewhere);
    configuredElsewhere.connect("deploy", host, 22);

    SshClient neverConnected = SshClient.setUpDefaultClient(); // Compliant: no connection here
    neverConnected.start();
    ServerKeyVerifier strict = (session, address, key) -> key != null && host.isEmpty();
  }

  void spring(DefaultSftpSessionFactory factory, boolean configured) {
    factory.setAllowUnknownKeys(true); // Noncompliant
    factory.setAllowUnknownKeys(false);
    factory.setAllowUnknownKeys(configured);
  }

  void configure(SshClient client) {
  }

  // ---------------------------------------------------------------- accepted gaps

  static class FnConfigurationInAField {
    // only a local table given to setConfig is read: a field may be changed by other methods between the two
    private final Properties config = new Properties();

    void open(Session session) {
      config.put("StrictHostKeyChecking", "no");
      session.setConfig(config);
    }
  }

  void fn_configuration_copied_from_a_map(Session session) {
    // only put() and setProperty() on the table are read, not the entries it was built from
    Properties config = new Properties();
    config.putAll(java.util.Map.of("StrictHostKeyChecking", "no"));
    session.setConfig(config);
  }
}
