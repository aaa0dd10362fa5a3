# python-frontend builds no control-flow graph for a module with a top-level "return" or a function with a
# "break" outside any loop: the check has nothing to reason on and stays silent.
import ssl
from ftplib import FTP_TLS


def break_outside_loop(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.nlst()
    break


module_client = FTP_TLS("example.com", context=ssl.create_default_context())
module_client.nlst()
return
