# The rule page's examples, as the page gives them: both write the password into the code.
from ftplib import FTP
from ftplib import FTP_TLS
import ssl


def insecure_example():
    ftp = FTP("example.com")
    ftp.login("username", "password")  # Noncompliant {{Do not hard-code this FTP password; read it from an environment variable, a secrets manager or an encrypted configuration file.}}
#                         ^^^^^^^^^^
    with open("file.txt", "rb") as f:
        ftp.storbinary("STOR file.txt", f)
    ftp.quit()


def secure_example():
    ftps = FTP_TLS("example.com")
    ftps.login("username", "password")  # Noncompliant
#                          ^^^^^^^^^^
    ftps.prot_p()
    ftps.ssl_context = ssl.create_default_context()
    ftps.ssl_context.check_hostname = True
    ftps.ssl_context.verify_mode = ssl.CERT_REQUIRED
    with open("file.txt", "rb") as f:
        ftps.storbinary("STOR file.txt", f)
    ftps.quit()


def best_practices_example():
    context = ssl.create_default_context()
    context.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20:!aNULL:!MD5:!DSS")
    context.options |= ssl.OP_NO_SSLv2 | ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    ftps = FTP_TLS("example.com", context=context)
    ftps.login("username", "password")  # Noncompliant
    ftps.prot_p()
    ftps.ssl_context.check_hostname = True
    with open("sensitive_data.txt", "rb") as f:
        ftps.storbinary("STOR sensitive_data.txt", f)
    ftps.quit()
