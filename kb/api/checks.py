"""Start-up check: every top-level block of every StreamField has a GraphQL type, so no
block reaches partners only as the ``HtmlBlock`` stand-in by accident (see ``registry``)."""

from typing import Any

from django.core.checks import CheckMessage, Error, register


@register("api")
def every_block_has_a_type(app_configs: Any = None, **_kwargs: Any) -> list[CheckMessage]:
    from kb.api import schema  # noqa: F401 - importing the schema registers every type

    from .guidance.registry import blocks_without_type

    return [
        Error(
            f"The block {path} ({block_class.__module__}.{block_class.__name__}) has no "
            "GraphQL type.",
            hint="Decorate the type partners receive it as with "
            "@presents(<block class>) (kb/api/guidance/registry.py).",
            id="kb_api.E001",
        )
        for path, block_class in blocks_without_type()
    ]
