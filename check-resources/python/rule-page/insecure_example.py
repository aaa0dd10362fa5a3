# The commissioning rule page's "INSECURE" example, code and comments exactly as the page prints them.
from ftplib import FTP

ftp = FTP("example.com")
ftp.login("username", "password")  # Credentials sent in cleartext
with open("file.txt", "rb") as f:
    ftp.storbinary("STOR file.txt", f)
ftp.quit()
