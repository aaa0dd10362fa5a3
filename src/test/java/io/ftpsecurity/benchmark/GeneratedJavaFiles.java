package io.ftpsecurity.benchmark;


/**
 * Java files of a chosen size for the Java scaling benchmark, in the shapes generated and hand-grown code takes:
 * a unit of code that uses Commons Net FTP and FTPS clients, JSch, MINA SSHD and {@code ftp://} URLs, repeated with
 * fresh names until the file has the requested number of lines. Every unit holds findings of every rule and
 * compliant look-alikes, and the file compiles against the libraries of the test class path, so that every matcher
 * resolves and the rules do their real work.
 */
public final class GeneratedJavaFiles {

  /** The shapes, each stressing another kind of growth. */
  public enum Shape {
    /** One class with many methods, each a session with its own client: per-method work in a large class. */
    CLASS_METHODS,
    /** One method with many clients one after the other: per-client work over one control-flow graph. */
    LONG_METHOD,
    /** One class with many client fields, set by their declarations or by constructors, and a method per field. */
    FIELDS
  }

  private static final String HEADER = """
    import com.jcraft.jsch.JSch;
    import com.jcraft.jsch.Session;
    import java.io.InputStream;
    import java.net.URL;
    import java.util.Properties;
    import org.apache.commons.net.ftp.FTPClient;
    import org.apache.commons.net.ftp.FTPSClient;
    import org.apache.sshd.client.SshClient;

    class Generated {
      private static final String PASSWORD = "secret";
      private static final String HOST = "files.example.com";
    """;

  private GeneratedJavaFiles() {
  }

  /** A file of the shape with (about, never fewer than) {@code lines} lines. */
  public static JavaBenchmark.Source generate(Shape shape, int lines) {
    StringBuilder code = new StringBuilder(HEADER);
    // the fields shape sets half of its fields in one constructor, which grows with the file
    StringBuilder constructor = new StringBuilder("  Generated(String host) throws Exception {\n");
    int count = (int) HEADER.lines().count() + (shape == Shape.FIELDS ? 2 : 0);
    if (shape == Shape.LONG_METHOD) {
      code.append("  void deploy(InputStream in, boolean secure, String host, String user, String password, JSch jsch) "
        + "throws Exception {\n");
      count++;
    }
    for (int i = 0; count < lines; i++) {
      String unit = switch (shape) {
        case CLASS_METHODS -> method(i);
        case LONG_METHOD -> session(i).indent(4);
        case FIELDS -> field(i, constructor);
      };
      code.append(unit.replace("{i}", Integer.toString(i)));
      count += (int) unit.lines().count() + (shape == Shape.FIELDS && i % 2 == 1 ? 2 : 0);
    }
    if (shape == Shape.FIELDS) {
      code.append(constructor).append("  }\n");
    }
    code.append(shape == Shape.LONG_METHOD ? "  }\n}\n" : "}\n");
    String text = code.toString();
    return new JavaBenchmark.Source(ScalingTable.label(shape) + "_" + lines + ".java", text, text.lines().count());
  }

  private static String method(int i) {
    return ("  void transfer{i}(InputStream in, boolean secure, String host, String user, String password, JSch jsch) "
      + "throws Exception {\n") + session(i).indent(4) + "  }\n" + (i % 10 == 9 ? """

        static class SecureFtp{i} extends FTPClient {
        }

      """ : "");
  }

  /** One client of each kind, with findings and look-alikes. */
  private static String session(int i) {
    return """
      FTPSClient ftps{i} = new FTPSClient("TLSv1.2");
      ftps{i}.setTrustManager(null);
      ftps{i}.connect(host);
      ftps{i}.login(user, PASSWORD);
      if (secure) {
        ftps{i}.execPBSZ(0);
        ftps{i}.execPROT("P");
      }
      for (int i{i} = 0; i{i} < 3; i{i}++) {
        ftps{i}.storeFile("f{i}" + i{i}, in);
      }
      ftps{i}.logout();
      FTPClient plain{i} = new FTPClient();
      plain{i}.connect(HOST);
      plain{i}.login("anonymous", "me@example.com");
      plain{i}.retrieveFile("r{i}", null);
      Session session{i} = jsch.getSession(user, host);
      Properties config{i} = new Properties();
      config{i}.put("StrictHostKeyChecking", {i} % 2 == 0 ? "no" : "yes");
      session{i}.setConfig(config{i});
      session{i}.setPassword(password);
      SshClient ssh{i} = SshClient.setUpDefaultClient();
      ssh{i}.start();
      ssh{i}.connect(user, host, 22);
      new URL("ftp://" + host + "/a{i}.csv").openStream();
      new URL("https://" + host + "/b{i}.csv").openStream();
      """;
  }

  /**
   * A client field, set by its declaration (even units) or by the constructor (odd units: two lines added to
   * {@code constructor}), and the method that uses it.
   */
  private static String field(int i, StringBuilder constructor) {
    String name = "ftps" + i;
    if (i % 2 == 1) {
      constructor.append("    ").append(name).append(" = new FTPSClient();\n    ").append(name).append(".connect(host);\n");
    }
    return (i % 2 == 0 ? "  private final FTPSClient {i} = new FTPSClient(true);\n" : "  private final FTPSClient {i};\n")
      .replace("{i}", name) + """
        void send{i}(InputStream in, boolean secure) throws Exception {
          if (secure) {
            ftps{i}.execPROT("P");
          }
          ftps{i}.storeFile("out{i}", in);
          ftps{i}.login("deploy", PASSWORD);
        }
      """;
  }
}
