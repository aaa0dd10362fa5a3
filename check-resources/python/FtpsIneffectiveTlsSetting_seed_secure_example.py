# The reference rule page's "SECURE" example, as the page gives it. ftplib never reads ftps.ssl_context: the
# lines that set it configure nothing (and reading it before the assignment would raise AttributeError).
from ftplib import FTP_TLS
import ssl

# Create FTPS connection with explicit TLS
ftps = FTP_TLS("example.com")
ftps.login("username", "password")

# Force encryption for the data channel
ftps.prot_p()

# Optional: Enforce strict certificate validation
ftps.ssl_context = ssl.create_default_context()  # Noncompliant {{FTP_TLS never reads "ssl_context", so this has no effect: build the SSLContext first and pass it as FTP_TLS(host, context=ctx).}}
#    ^^^^^^^^^^^
ftps.ssl_context.check_hostname = True
#    ^^^^^^^^^^^< {{Also without effect here.}}
ftps.ssl_context.verify_mode = ssl.CERT_REQUIRED
#    ^^^^^^^^^^^< {{Also without effect here.}}

# Transfer file securely
with open("file.txt", "rb") as f:
    ftps.storbinary("STOR file.txt", f)

ftps.quit()
