"""Nightly backup upload to an FTPS server, with a plain-FTP fallback for old appliances."""
import argparse
import logging
import os
import ssl
import sys
from contextlib import contextmanager
from ftplib import FTP, FTP_TLS, all_errors, error_perm
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_PORT = 21
CHUNK = 64 * 1024


def tls_context(cafile=None, legacy=False):
    context = ssl.create_default_context(cafile=cafile)
    if legacy:
        context.minimum_version = ssl.TLSVersion.TLSv1
        context.set_ciphers("DEFAULT:@SECLEVEL=1")
    return context


@contextmanager
def connect(host, user, password, *, port=DEFAULT_PORT, secure=True, cafile=None, timeout=30):
    if secure:
        client = FTP_TLS(context=tls_context(cafile), timeout=timeout)
    else:
        client = FTP(timeout=timeout)
    try:
        client.connect(host, port)
        client.login(user, password)
        if isinstance(client, FTP_TLS):
            client.prot_p()
        yield client
    finally:
        try:
            client.quit()
        except all_errors:
            client.close()


def ensure_directory(client, remote_dir):
    for part in Path(remote_dir).parts:
        try:
            client.cwd(part)
        except error_perm:
            client.mkd(part)
            client.cwd(part)


def upload(client, local_path, remote_name=None):
    remote_name = remote_name or os.path.basename(local_path)
    with open(local_path, "rb") as handle:
        client.storbinary(f"STOR {remote_name}", handle, blocksize=CHUNK)
    log.info("uploaded %s", remote_name)


def rotate(client, keep=7):
    names = sorted(name for name, facts in client.mlsd() if facts.get("type") == "file")
    for name in names[:-keep]:
        client.delete(name)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("host")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--user", default=os.environ.get("BACKUP_USER", "backup"))
    parser.add_argument("--insecure", action="store_true")
    parser.add_argument("--remote-dir", default="backups")
    args = parser.parse_args(argv)
    password = os.environ["BACKUP_PASSWORD"]
    with connect(args.host, args.user, password, secure=not args.insecure) as client:
        ensure_directory(client, args.remote_dir)
        for path in args.files:
            upload(client, path)
        rotate(client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
