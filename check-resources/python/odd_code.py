# Odd but parseable code: every rule must run over this file without throwing.
# It is not a rule's check file: no issue here is asserted, only that nothing breaks.
import ftplib
import ftplib as f, ssl
from ftplib import *
from ftplib import FTP, FTP_TLS as Secure
from os.path import *
from . import sibling
from .. import cousin
import urllib.request
from urllib.request import urlopen, Request, build_opener, FTPHandler

# Python 2 syntax the parser still accepts
print "connecting"
print >>sys.stderr, "to", host
exec "x = 1"

# Calls without a resolvable callee, and odd argument lists
unknown_factory()(host)
get_client()[0].login(user, password)
FTP(*args, **kwargs)
FTP_TLS(*args, context=None, **kwargs)
FTP_TLS(host, *rest)
ftplib.FTP()
f.FTP_TLS(**{"host": "example.org"})
(lambda: FTP)()("example.org")
(FTP if secure else FTP_TLS)(host)
[FTP, FTP_TLS][i](host)
getattr(ftplib, "FTP")(host)
globals()["FTP"](host)
FTP.__call__(host)
ftplib.FTP.login(None)
FTP_TLS().login(secure=False, *a)
FTP_TLS().login(**kw)
FTP_TLS().ccc
urlopen()
urlopen(*urls)
urlopen(url=None)
urlopen(f"ftp://{host}/file")
urlopen("ftp://" + host)
urlopen(b"ftp://example.org/file")
urlopen("ftp://" "example.org/" "file")
Request(u"ftp://example.org/x", data=None)
build_opener(FTPHandler, *handlers)()
build_opener()(FTPHandler)
ssl.create_default_context().wrap_socket
ssl.SSLContext(*protocols)
ctx = ssl.SSLContext()
ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
ctx.options &= ~ssl.OP_NO_TLSv1
ctx.set_ciphers(*ciphers)
ctx.set_ciphers(cipher_string)
ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
del ctx.minimum_version

# Decorators, nested functions, closures, global/nonlocal
def decorator(fn):
    def wrapper(*a, **kw):
        return fn(*a, **kw)
    return wrapper


@decorator
@decorator(FTP)
@FTP
def decorated(host=FTP_TLS("default-arg"), *args, client: FTP = None, **kwargs) -> FTP:
    global shared
    shared = FTP_TLS(host)

    def inner():
        nonlocal host
        host = FTP
        return host(host)

    def deeper():
        def deepest():
            return ftplib.FTP_TLS(host, context=ssl.create_default_context()).prot_p()
        return deepest
    return inner() or deeper()()


# Lambdas and comprehensions
make = lambda h, ctx=None: FTP_TLS(h, context=ctx)
clients = [FTP_TLS(h) for h in hosts if h]
lookup = {h: FTP(h) for h in hosts}
gen = (c.prot_p() for c in clients)
nested = [[FTP(a) for a in row] for row in grid]
apply = (lambda fn: fn)(FTP)("x")

# Walrus
if (client := FTP_TLS(host)) is not None:
    client.login()
while (data := client.recv()) :
    pass
[y := FTP, y(host)]

# match statements
match command.split():
    case ["connect", host]:
        FTP(host)
    case ["secure", host, *rest] if rest:
        FTP_TLS(host, context=ssl.create_default_context()).prot_p()
    case {"host": host, **others}:
        pass
    case FTP(host=h) | FTP_TLS(host=h):
        pass
    case ftplib.FTP():
        pass
    case [*_]:
        pass
    case _:
        pass
match = FTP
match(host)
case = 1


# async / await
async def fetch(host):
    async with session(host) as s:
        await s.get("ftp://example.org/file")
    async for item in stream():
        FTP_TLS(item).prot_p()
    with FTP_TLS(host):
        await asyncio.sleep(0)
    return await asyncio.to_thread(FTP, host)


# with without as, several items, parenthesised items
with FTP(host):
    pass
with FTP_TLS(host) as a, FTP(host) as b:
    a.prot_p()
with (FTP_TLS(host) as c, open("x") as d):
    c.login(secure=False)
with ssl.create_default_context() as ctx, FTP_TLS(host, context=ctx) as e:
    e.prot_p()


# Class bodies with ftplib usage
class Base(FTP):
    client = FTP("class-attribute")
    factory = FTP_TLS
    plain = ftplib.FTP

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.ssl_context = None
        self.check_hostname = False

    def connect_again(self):
        return self.factory(self.host), self.plain(self.host), type(self)(self.host)

    @staticmethod
    def make(host):
        return Base(host)

    @classmethod
    def build(cls, host):
        return cls(host)

    @property
    def secure(self):
        return self.__class__(self.host)


class Derived(Base, metaclass=Meta, **options):
    class Inner(FTP_TLS):
        def __init__(self, host):
            super(Derived.Inner, self).__init__(host, context=None)


class Recursive(Recursive):
    pass


class Dynamic(*bases):
    pass


class A(B):
    pass


class B(A):
    pass


A("loop")
B("loop")
Derived("x")
Derived.Inner("x")
Dynamic("x")


# Unusual statements and expressions
try:
    FTP(host).retrbinary("RETR x", callback)
except* ftplib.all_errors as group:
    pass
try:
    FTP_TLS(host).prot_p()
except (ftplib.error_perm, ftplib.error_temp):
    raise
finally:
    del FTP
FTP = None
FTP(host)
ftplib.FTP = FTP_TLS
ftplib.FTP(host)
x = y = FTP
x(host), y(host)
a, *b = FTP, FTP_TLS
b[0](host)
FTP @ FTP_TLS
not FTP
-FTP_TLS
...
assert FTP(host), "message"
yield_value = (yield FTP)
type Alias = FTP
def generic[T: FTP](x: T) -> T:
    return x(host)
print(f"{FTP(host)!r:>{width}}")
print(*[FTP], sep="")
