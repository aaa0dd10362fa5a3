# Found by the ruling in python3-fs 2.4.16 (fs/ftpfs.py): FTP_TLS imported optionally, the ImportError itself
# bound to the name when ftplib has no FTP_TLS (Python built without OpenSSL).
from ftplib import FTP
try:
    from ftplib import FTP_TLS
except ImportError as err:
    FTP_TLS = err


def fn_ftp_tls_optional_import(tls):
    # No context=, so nothing is verified; but FTP_TLS has two bindings, one of them not ftplib's, and the
    # client is not recognised: accepted miss until optional imports of the FTP classes are followed.
    return FTP_TLS() if tls else FTP()
