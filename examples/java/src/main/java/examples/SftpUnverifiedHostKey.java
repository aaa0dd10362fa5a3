package examples;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.IOException;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.transport.verification.PromiscuousVerifier;

/** SftpUnverifiedHostKey: SSH without a host key check lets anyone pose as the server. */
public class SftpUnverifiedHostKey {

  public Session badJsch(JSch jsch, String host) throws JSchException {
    Session session = jsch.getSession("deploy", host, 22);
    session.setConfig("StrictHostKeyChecking", "no"); // accepts any host key
    return session;
  }

  public Session goodJsch(JSch jsch, String host) throws JSchException {
    jsch.setKnownHosts(System.getProperty("user.home") + "/.ssh/known_hosts");
    Session session = jsch.getSession("deploy", host, 22);
    session.setConfig("StrictHostKeyChecking", "yes");
    return session;
  }

  public SSHClient badSshj() {
    SSHClient ssh = new SSHClient();
    ssh.addHostKeyVerifier(new PromiscuousVerifier()); // accepts any host key
    return ssh;
  }

  public SSHClient goodSshj() throws IOException {
    SSHClient ssh = new SSHClient();
    ssh.loadKnownHosts();
    return ssh;
  }
}
