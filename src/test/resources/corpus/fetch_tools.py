"""Download helpers used by the packaging scripts."""
import shutil
import ssl
import tempfile
import urllib.parse
import urllib.request
from urllib.request import FTPHandler, HTTPSHandler, Request, build_opener, urlopen, urlretrieve

MIRRORS = [
    "https://downloads.example.org/pub/",
    "ftp://ftp.example.org/pub/",
]
README_URL = "ftp://ftp.example.org/pub/README"


def opener(verify=True):
    context = ssl.create_default_context() if verify else ssl._create_unverified_context()
    return build_opener(HTTPSHandler(context=context), FTPHandler())


def download(name, destination):
    last_error = None
    for base in MIRRORS:
        url = urllib.parse.urljoin(base, name)
        try:
            with opener().open(url, timeout=30) as response, open(destination, "wb") as out:
                shutil.copyfileobj(response, out)
            return url
        except OSError as error:
            last_error = error
    raise last_error


def readme():
    with urlopen(README_URL) as response:
        return response.read().decode("utf-8", "replace")


def fetch_to_temp(url):
    handle, path = tempfile.mkstemp()
    urlretrieve(url, path)
    return path


def head(url):
    request = Request(url, method="HEAD")
    with urllib.request.urlopen(request, context=ssl.create_default_context()) as response:
        return dict(response.headers)


def legacy_listing():
    return urlopen("ftp://ftp.example.org/pub/").read().splitlines()
