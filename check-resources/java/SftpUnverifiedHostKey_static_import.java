import static org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier.*;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;

/** AcceptAllServerKeyVerifier.INSTANCE through a static import of its class's members: written bare. */
class SftpUnverifiedHostKeyStaticImport {

  void bare(SshClient client) {
    client.setServerKeyVerifier(INSTANCE); // Noncompliant {{Verify the server's host key: this SSH session accepts any host key, so anyone in the middle can pose as the server.}}
//                              ^^^^^^^^
  }

  void shadowed(SshClient client) {
    ServerKeyVerifier INSTANCE = new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, null);
    client.setServerKeyVerifier(INSTANCE);
  }
}
