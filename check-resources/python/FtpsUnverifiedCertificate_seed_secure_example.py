# The reference rule page's "SECURE" example, as the page gives it. It passes no context, so FTP_TLS falls back to
# ssl._create_stdlib_context() and checks neither certificate nor hostname; the ssl_context lines change nothing.
from ftplib import FTP_TLS
import ssl

# Create FTPS connection with explicit TLS
ftps = FTP_TLS("example.com")  # Noncompliant {{Pass a verifying context, as in FTP_TLS(host, context=ssl.create_default_context()): without one, FTP_TLS checks neither the server's certificate nor its hostname.}}
#      ^^^^^^^^^^^^^^^^^^^^^^
ftps.login("username", "password")

# Force encryption for the data channel
ftps.prot_p()

# Optional: Enforce strict certificate validation
ftps.ssl_context = ssl.create_default_context()
ftps.ssl_context.check_hostname = True
ftps.ssl_context.verify_mode = ssl.CERT_REQUIRED

# Transfer file securely
with open("file.txt", "rb") as f:
    ftps.storbinary("STOR file.txt", f)

ftps.quit()
