# The commissioning rule page's "SECURE" example, code and comments exactly as the page prints them.
# It is not secure: no context (so no certificate check) and settings on an attribute ftplib never reads.
from ftplib import FTP_TLS
import ssl

# Create FTPS connection with explicit TLS
ftps = FTP_TLS("example.com")
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
