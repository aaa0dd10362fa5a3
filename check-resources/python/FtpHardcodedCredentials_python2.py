# Python 2 syntax the parser still accepts.
from ftplib import FTP_TLS

print "connecting"
exec "x = 1"
ftps = FTP_TLS("files.example.com")
print >> log, ftps.login("deploy", password)
