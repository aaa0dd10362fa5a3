"""Interactive FTPS session helpers (used by the ops shell)."""
from ftplib import FTP_TLS
import getpass
import ssl


class Session:
    def __init__(self, host, user=None, cafile=None):
        self.context = ssl.create_default_context(cafile=cafile)
        self.ftps = FTP_TLS(host, context=self.context, timeout=15)
        self.user = user or getpass.getuser()

    def __enter__(self):
        self.ftps.login(self.user, getpass.getpass(f"{self.user}@{self.ftps.host}: "))
        self.ftps.prot_p()
        return self

    def __exit__(self, *exc):
        self.ftps.quit()

    def ls(self, path="."):
        return self.ftps.nlst(path)

    def get(self, remote, local):
        with open(local, "wb") as out:
            self.ftps.retrbinary("RETR " + remote, out.write)

    def put(self, local, remote):
        with open(local, "rb") as data:
            self.ftps.storbinary("STOR " + remote, data)

    def text(self, remote):
        lines = []
        self.ftps.retrlines("RETR " + remote, lines.append)
        return "\n".join(lines)


def quick_listing(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login()
    ftps.prot_p()
    try:
        return ftps.nlst()
    finally:
        ftps.quit()


def unprotected_listing(host):
    ftps = FTP_TLS(host)
    ftps.login("anonymous", "guest@example.org")
    listing = ftps.nlst()
    ftps.prot_c()
    ftps.dir()
    return listing
