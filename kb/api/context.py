"""What every resolver may know about the call: who asks (a Viewer, never a user object)
and the request-scoped loaders that batch reads across a whole answer."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest
from graphql import GraphQLResolveInfo

from kb.guidance.visibility import Viewer

from .models import ApiKey


@dataclass
class ApiContext:
    request: HttpRequest
    viewer: Viewer = field(default_factory=Viewer.anonymous)
    api_key: ApiKey | None = None
    # Set by fields whose answer must not be stored by any cache (drafts).
    no_store: bool = False
    # Content languages the answer was asked in (its Content-Language header).
    locales: set[str] = field(default_factory=set)
    # Loaders by name, created on first use (see ``loader``).
    loaders: dict[Callable[["ApiContext"], Any], Any] = field(default_factory=dict)

    def loader(self, factory: Callable[["ApiContext"], Any]) -> Any:
        """The request's single instance of ``factory`` (a loader class)."""
        if factory not in self.loaders:
            self.loaders[factory] = factory(self)
        return self.loaders[factory]


def viewer_of(info: GraphQLResolveInfo) -> Viewer:
    return info.context.viewer


def loader_of(info: GraphQLResolveInfo, factory: Callable[[ApiContext], Any]) -> Any:
    return info.context.loader(factory)
