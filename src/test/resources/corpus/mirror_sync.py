"""Mirror a remote FTP tree into a local folder (only changed files)."""
import ftplib
import hashlib
import os
import socket
import ssl
import time


class MirrorError(Exception):
    pass


class Mirror:
    client_class = ftplib.FTP_TLS
    retries = 3

    def __init__(self, host, user="anonymous", passwd="", root="/", target=".", context=None):
        self.host = host
        self.user = user
        self.passwd = passwd
        self.root = root
        self.target = target
        self.context = context or ssl.create_default_context()
        self.client = None

    def open(self):
        for attempt in range(self.retries):
            try:
                self.client = self.client_class(self.host, context=self.context, timeout=20)
                self.client.login(self.user, self.passwd)
                self.client.prot_p()
                return self.client
            except (socket.timeout, ConnectionError) as exc:
                time.sleep(2 ** attempt)
                last = exc
        raise MirrorError(f"cannot reach {self.host}") from last

    def walk(self, path=None):
        path = path or self.root
        for name, facts in self.client.mlsd(path, facts=["type", "size", "modify"]):
            full = f"{path.rstrip('/')}/{name}"
            match facts.get("type"):
                case "dir":
                    yield from self.walk(full)
                case "file":
                    yield full, facts
                case _:
                    continue

    def local_path(self, remote):
        return os.path.join(self.target, remote.lstrip("/"))

    def changed(self, remote, facts):
        local = self.local_path(remote)
        if not os.path.exists(local):
            return True
        return os.path.getsize(local) != int(facts.get("size", -1))

    def fetch(self, remote):
        local = self.local_path(remote)
        os.makedirs(os.path.dirname(local), exist_ok=True)
        digest = hashlib.sha256()
        with open(local + ".part", "wb") as out:
            def write(block, _out=out):
                digest.update(block)
                _out.write(block)
            self.client.retrbinary(f"RETR {remote}", write)
        os.replace(local + ".part", local)
        return digest.hexdigest()

    def run(self):
        self.open()
        try:
            return {remote: self.fetch(remote) for remote, facts in self.walk() if self.changed(remote, facts)}
        finally:
            self.client.quit()


class LegacyMirror(Mirror):
    """For servers that only speak plain FTP; used on the internal network only."""
    client_class = ftplib.FTP

    def open(self):
        self.client = self.client_class(self.host, timeout=20)
        self.client.login(self.user, self.passwd)
        self.client.set_pasv(True)
        return self.client


if __name__ == "__main__":
    import sys
    mirror = (LegacyMirror if "--legacy" in sys.argv else Mirror)(sys.argv[1], target="mirror")
    print(len(mirror.run()), "files updated")
