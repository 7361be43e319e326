"""Browses `_wyoming._tcp.local.` with python-zeroconf (the library Home Assistant's zeroconf
discovery runs on) until NAME is found or SECONDS pass; prints the service's port and addresses
as JSON, or `null`.

    zeroconf_browse.py NAME SECONDS
"""

import json
import sys
import threading

from zeroconf import ServiceBrowser, ServiceListener, Zeroconf

SERVICE_TYPE = "_wyoming._tcp.local."


class Listener(ServiceListener):
    def __init__(self, wanted: str) -> None:
        self.wanted = f"{wanted}.{SERVICE_TYPE}"
        self.found = None
        self.event = threading.Event()

    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        if name != self.wanted:
            return
        info = zc.get_service_info(type_, name, timeout=3000)
        if info is not None:
            self.found = {"name": name, "port": info.port,
                          "addresses": info.parsed_addresses(), "server": info.server}
            self.event.set()

    def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.add_service(zc, type_, name)

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        pass


def main() -> None:
    name, seconds = sys.argv[1], float(sys.argv[2])
    zc = Zeroconf()
    listener = Listener(name)
    browser = ServiceBrowser(zc, SERVICE_TYPE, listener)
    listener.event.wait(seconds)
    browser.cancel()
    zc.close()
    print(json.dumps(listener.found))


if __name__ == "__main__":
    main()
