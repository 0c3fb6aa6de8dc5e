"""Where a SPARQL server is and how to talk to it: its three URLs, where the union lives,
credentials, and the size of one update request.

One query URL is enough for Oxigraph server and Fuseki (the other two are derived);
Virtuoso and GraphDB need `--update-endpoint` / `--graph-store` too. Credentials come from
settings or the environment (`SHOBUN_ENDPOINT_USER`, `_PASSWORD`, `_TOKEN`) or from the
URL's `user:password@`; they are taken out of every URL, so no message or log shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import unquote, urlsplit, urlunsplit

import httpx

from shobun.core.settings import Settings

Write = Literal["update", "quads"]


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str
    store: str


def endpoints_for(url: str) -> Endpoints:
    """The query, update and graph-store URLs of a server from the one URL a user gives.

    `…/query` is Oxigraph server's layout (/update, /store beside it); `…/sparql` is
    Fuseki's (/update, /data); any other URL (a Fuseki dataset such as …/ds) serves
    all three protocols itself.
    """
    base, _, last = url.rstrip("/").rpartition("/")
    if last == "query":
        return Endpoints(url, f"{base}/update", f"{base}/store")
    if last == "sparql":
        return Endpoints(url, f"{base}/update", f"{base}/data")
    return Endpoints(url, url, url)


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """A URL without its `user:password@`, and the user and password it held."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url, None, None
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    clean = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    user = unquote(parts.username) if parts.username else None
    return clean, user, unquote(parts.password) if parts.password else None


@dataclass(frozen=True)
class Remote:
    """A SPARQL 1.1 server as shobun uses it (URLs without credentials)."""

    query: str
    update: str
    store: str
    union_graph: str | None = None
    write: Write = "update"
    max_bytes: int = 4_000_000
    max_statements: int = 40_000
    timeout_s: float = 300.0
    user: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    digest: bool = False

    @property
    def location(self) -> str:
        return self.query

    def auth(self) -> httpx.Auth | None:
        if self.token:
            return _Bearer(self.token)
        if self.user is None:
            return None
        password = self.password or ""
        if self.digest:
            return httpx.DigestAuth(self.user, password)
        return httpx.BasicAuth(self.user, password)

    def client(self) -> httpx.Client:
        return httpx.Client(timeout=self.timeout_s, trust_env=False, auth=self.auth())

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self.timeout_s, trust_env=False, auth=self.auth())

    def redact(self, text: str) -> str:
        """`text` with the password and token replaced, for messages and logs."""
        for secret in (self.password, self.token):
            if secret:
                text = text.replace(secret, "***")
        return text


class _Bearer(httpx.Auth):
    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        request.headers["Authorization"] = self._header
        yield request


def remote_for(
    settings: Settings,
    endpoint: str,
    update: str | None = None,
    store: str | None = None,
    union_graph: str | None = None,
) -> Remote:
    """The server from the command line's URLs, then the settings', then the derivation."""
    query, user, password = split_credentials(endpoint)
    derived = endpoints_for(query)
    update_url, *_ = split_credentials(update or settings.update_endpoint or derived.update)
    store_url, *_ = split_credentials(store or settings.graph_store or derived.store)
    oxigraph_layout = query.rstrip("/").endswith("/query") and store_url == derived.store
    secret = settings.endpoint_password
    token = settings.endpoint_token
    return Remote(
        query=query,
        update=update_url,
        store=store_url,
        union_graph=union_graph or settings.union_graph,
        write=settings.endpoint_write or ("quads" if oxigraph_layout else "update"),
        max_bytes=settings.endpoint_max_bytes,
        max_statements=settings.endpoint_max_statements,
        user=settings.endpoint_user or user,
        password=secret.get_secret_value() if secret else password,
        token=token.get_secret_value() if token else None,
        digest=settings.endpoint_auth == "digest",
    )
