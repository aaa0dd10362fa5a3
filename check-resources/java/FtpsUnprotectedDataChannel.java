import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.commons.net.ftp.FTPSClient;
import org.springframework.integration.ftp.session.DefaultFtpsSessionFactory;

class FtpsUnprotectedDataChannel {

  void neverProtected(InputStream in) throws Exception {
    FTPSClient client = new FTPSClient(); // the secondary location
    client.connect("files.example.com");
    client.storeFile("report.csv", in); // Noncompliant {{Call "execPBSZ(0)" and "execPROT("P")" before this transfer: without them the data connection of this FTPS client is in clear text.}} [[secondary=-2]]
//  ^^^^^^^^^^^^^^^^
  }

  void implicitToo(OutputStream out) throws Exception {
    FTPSClient client = new FTPSClient(true);
    client.connect("files.example.com");
    client.retrieveFile("report.csv", out); // Noncompliant
  }

  void onlyOnOnePath(InputStream in, boolean secure) throws Exception {
    FTPSClient client = new FTPSClient();
    client.connect("files.example.com");
    if (secure) {
      client.execPBSZ(0);
      client.execPROT("P");
    }
    client.listFiles(); // Noncompliant
    client.listNames(); // Noncompliant
  }

  void clearedAgain(InputStream in) throws Exception {
    FTPSClient client = new FTPSClient();
    client.connect("files.example.com");
    client.execPBSZ(0);
    client.execPROT("P");
    client.storeFile("a.csv", in); // Compliant: protected
    client.execPROT("C");
    client.appendFile("a.csv", in); // Noncompliant {{Call "execPROT("P")" again before this transfer: the data channel was switched back to clear text.}} [[secondary=-1]]
    client.execPROT(null);
    client.mlistDir(); // Noncompliant
  }

  void protectedOnEveryPath(InputStream in, boolean binary, String level) throws Exception {
    FTPSClient client = new FTPSClient();
    client.connect("files.example.com");
    client.execPBSZ(0);
    client.execPROT("P");
    if (binary) {
      client.setFileType(FTPSClient.BINARY_FILE_TYPE);
    }
    client.storeFile("a.csv", in); // Compliant
    client.retrieveFileStream("a.csv");
    FTPSClient unknownLevel = new FTPSClient();
    unknownLevel.execPROT(level);
    unknownLevel.storeFile("a.csv", in); // Compliant: the level is not known
  }

  void passedOn(InputStream in) throws Exception {
    FTPSClient client = new FTPSClient();
    protect(client);
    client.storeFile("a.csv", in); // Compliant: configured where the code does not show
  }

  void spring(DefaultFtpsSessionFactory factory) {
    factory.setProt("C"); // Noncompliant {{Keep the data channel protected ("P", the default): with "C" every file and listing travels in clear text.}}
    factory.setProt("P");
  }

  void protect(FTPSClient client) {
  }

  static class FieldNeverProtected {
    private final FTPSClient client;

    FieldNeverProtected() {
      client = new FTPSClient();
    }

    void upload(InputStream in) throws Exception {
      client.storeFile("a.csv", in); // Noncompliant
    }
  }

  static class FieldProtectedElsewhere {
    private final FTPSClient client = new FTPSClient();

    void open() throws Exception {
      client.connect("files.example.com");
      client.execPROT("P");
    }

    void upload(InputStream in) throws Exception {
      client.storeFile("a.csv", in); // Compliant: open() may have run first
    }

    void downgrade(InputStream in) throws Exception {
      client.execPROT("C");
      client.storeFile("b.csv", in); // Noncompliant
    }
  }

  void createdInALoop(InputStream in, List<String> hosts) throws Exception {
    for (String host : hosts) {
      FTPSClient client = new FTPSClient();
      client.connect(host);
      client.storeFile("a.csv", in); // Noncompliant
      client.execPBSZ(0);
      client.execPROT("P");
      client.storeFile("b.csv", in); // Compliant: each round has a new client, protected by now
    }
  }

  void protectedInTheFirstRound(InputStream in) throws Exception {
    FTPSClient client = new FTPSClient();
    client.connect("files.example.com");
    for (int i = 0; i < 3; i++) {
      client.storeFile("part" + i, in); // Noncompliant
      client.execPBSZ(0);
      client.execPROT("P");
    }
  }

  // ---------------------------------------------------------------- accepted gaps

  void fp_correlated_conditions(InputStream in, boolean secure) throws Exception {
    // the analysis does not relate the two conditions; protecting only on one path is bad practice anyway
    FTPSClient client = new FTPSClient();
    client.connect("files.example.com");
    if (secure) {
      client.execPBSZ(0);
      client.execPROT("P");
    }
    if (secure) {
      client.storeFile("a.csv", in); // Noncompliant
    }
  }

  void fp_loop_that_always_runs(InputStream in) throws Exception {
    // conditions are not evaluated: the analysis takes a path where the loop does not run, and execPROT with it
    FTPSClient client = new FTPSClient();
    client.connect("files.example.com");
    for (int attempt = 0; attempt < 3; attempt++) {
      client.execPBSZ(0);
      client.execPROT("P");
    }
    client.storeFile("a.csv", in); // Noncompliant
  }

  void fn_client_from_a_factory_method(InputStream in) throws Exception {
    // a client the method does not create is not followed: what the factory did to it is not known
    FTPSClient client = connected("files.example.com");
    client.storeFile("a.csv", in);
  }

  FTPSClient connected(String host) throws Exception {
    FTPSClient client = new FTPSClient();
    client.connect(host);
    return client;
  }

  void fn_client_given_to_a_logger(InputStream in, java.util.logging.Logger log) throws Exception {
    // any use as an argument gives the client up, even one that cannot protect it
    FTPSClient client = new FTPSClient();
    client.connect("files.example.com");
    log.info("connected: " + client);
    client.storeFile("a.csv", in);
  }
}
