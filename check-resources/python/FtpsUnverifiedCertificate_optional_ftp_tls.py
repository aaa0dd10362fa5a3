# Found by the ruling in python3-fs 2.4.16 (fs/ftpfs.py): FTP_TLS imported optionally, the ImportError itself
# bound to the name when ftplib has no FTP_TLS (Python built without OpenSSL).
from ftplib import FTP
try:
    from ftplib import FTP_TLS
except ImportError as err:
    FTP_TLS = err


def ftp_tls_optional_import(tls):
    # No context=, so nothing is verified. The fallback binding is not a class, so the call can only create an
    # FTP_TLS client (FtpClassResolver.classChoices, issue 13).
    return FTP_TLS() if tls else FTP()  # Noncompliant
#          ^^^^^^^^^
