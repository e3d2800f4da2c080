"""SEARCH_URL may name several nodes of one cluster, comma-separated
(``http://os1:9200,http://os2:9200,http://os3:9200``); the client spreads requests over
them and, on a connection error, retries the same request on another node."""


def engine_hosts(url: str) -> list[str]:
    hosts = [part.strip().rstrip("/") for part in url.split(",") if part.strip()]
    if not hosts:
        raise ValueError("SEARCH_URL names no host")
    for host in hosts:
        if not host.startswith(("http://", "https://")):
            raise ValueError(f"SEARCH_URL hosts must start with http:// or https://: {host!r}")
    return hosts


def retries_for(hosts: list[str]) -> int:
    """One retry per other node: a request fails only when no node answers."""
    return len(hosts) - 1
