"""A small TLS echo server and client used in integration tests."""
import socket
import ssl
import threading

HOST = "127.0.0.1"


def server_context(certfile, keyfile):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(certfile, keyfile)
    context.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20:!aNULL:!MD5:!DSS")
    return context


def client_context(cafile, check=True):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.load_verify_locations(cafile)
    if not check:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


class EchoServer(threading.Thread):
    daemon = True

    def __init__(self, context, port=0):
        super().__init__()
        self.context = context
        self.sock = socket.create_server((HOST, port))
        self.port = self.sock.getsockname()[1]
        self.ready = threading.Event()

    def run(self):
        self.ready.set()
        with self.context.wrap_socket(self.sock, server_side=True) as tls:
            while True:
                try:
                    conn, _ = tls.accept()
                except (OSError, ssl.SSLError):
                    return
                with conn:
                    while data := conn.recv(4096):
                        conn.sendall(data)


def echo(message, port, context):
    with socket.create_connection((HOST, port)) as raw:
        with context.wrap_socket(raw, server_hostname="localhost") as tls:
            tls.sendall(message)
            return tls.recv(len(message))


async def echo_async(loop, message, port, context):
    reader, writer = await asyncio.open_connection(HOST, port, ssl=context, server_hostname="localhost")
    writer.write(message)
    await writer.drain()
    reply = await reader.read(len(message))
    writer.close()
    return reply
