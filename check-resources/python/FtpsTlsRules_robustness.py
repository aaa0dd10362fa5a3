# Code shapes the TLS rules must survive without throwing; every client here gets a context the rules cannot see.
import ssl
from ftplib import FTP_TLS


def decorated(fn):
    return fn


@decorated
async def async_code(host, get_context):
    async with get_context() as ctx:
        FTP_TLS(host, context=ctx)
    ctx2 = await get_context()
    ctx2.verify_mode = await get_context()
    FTP_TLS(host, context=ctx2)


def nested(host, make):
    def inner(ctx):
        ctx.check_hostname = ctx.check_hostname
        return FTP_TLS(host, context=ctx)
    return inner(make())


def walrus_and_match(host, settings):
    if (ctx := settings.get("context")) is not None:
        FTP_TLS(host, context=ctx)
    match settings:
        case {"context": ctx3}:
            ctx3.options &= ~ssl.OP_NO_TLSv1
            FTP_TLS(host, context=ctx3)
        case _:
            pass


def unpacking(host, pair, *args, **kwargs):
    ctx, other = pair
    ctx.set_ciphers("RC4")
    FTP_TLS(host, context=ctx)
    FTP_TLS(host, *args, context=kwargs["c"])
    FTP_TLS(host, **kwargs).ssl_context = None
    ctx4 = ssl.create_default_context() if kwargs else None
    FTP_TLS(host, context=ctx4)


def loops(host, contexts):
    for ctx in contexts:
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        FTP_TLS(host, context=ctx)
    while True:
        c = ssl.create_default_context()
        c.set_ciphers(42)
        c.set_ciphers()
        c.minimum_version += 1
        FTP_TLS(host, context=c)
        break


class Weird(FTP_TLS, object):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)


class Meta(FTP_TLS, metaclass=type):
    pass


class TwoInits(FTP_TLS):
    def __init__(self, host):
        super().__init__(host)
        super().__init__(host, context=None)


def subclasses(host):
    Weird(host)
    Meta(host)
    TwoInits(host)
    lambda: FTP_TLS  # not a call
    FTP_TLS.__init__


print "a Python 2 print statement"
