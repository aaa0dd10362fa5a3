# The commissioning rule page's "FTPS Configuration Best Practices" example, code and comments exactly as the
# page prints them. Its context is sound; the hostname line goes through an attribute FTP_TLS does not have.
import ssl
from ftplib import FTP_TLS

# Create a secure SSL context
context = ssl.create_default_context()
context.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20:!aNULL:!MD5:!DSS")
context.options |= ssl.OP_NO_SSLv2 | ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1

# Establish secure connection
ftps = FTP_TLS("example.com", context=context)
ftps.login("username", "password")
ftps.prot_p()  # Critical: Force encrypted data channel

# Verify server certificate matches hostname
ftps.ssl_context.check_hostname = True

# Transfer files with encryption
with open("sensitive_data.txt", "rb") as f:
    ftps.storbinary("STOR sensitive_data.txt", f)

# Secure logout
ftps.quit()
