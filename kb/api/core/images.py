"""Images for partners: the web-sized renditions kb.images makes when an image is saved,
with the alternative text of the place the image is used. A request reads renditions in
bulk and makes at most a few missing ones (``kb.images.RenditionBudget``)."""

from dataclasses import dataclass
from typing import Any

import graphene
from django.db.models import prefetch_related_objects
from graphql import GraphQLResolveInfo

from kb import images

from ..errors import BAD_USER_INPUT, ApiError

MAX_SRCSET_WIDTHS = 8
MAX_WIDTH = 4000


@dataclass(frozen=True)
class ImageValue:
    """What an ``Image`` field resolves to: the Wagtail image and its alt text here."""

    image: Any  # wagtail's AbstractImage (the configured image model)
    alt: str


class ImageLoader:
    """Request-scoped: one rendition budget, renditions fetched once per image."""

    def __init__(self, context: Any) -> None:
        self.request = context.request
        self.budget = images.RenditionBudget()

    def prefetch(self, image_list: list) -> None:
        missing = [i for i in image_list if "renditions" not in _prefetched(i)]
        if missing:
            prefetch_related_objects(missing, "renditions")

    def renditions(self, image: Any, widths: list[int]) -> dict[int, Any]:
        self.prefetch([image])
        return self.budget.renditions(image, widths)

    def absolute(self, url: str) -> str:
        return self.request.build_absolute_uri(url) if self.request is not None else url


def _prefetched(image: Any) -> dict:
    return getattr(image, "_prefetched_objects_cache", {})


def _loader(info: GraphQLResolveInfo) -> ImageLoader:
    return info.context.loader(ImageLoader)


def _default(value: ImageValue, info: GraphQLResolveInfo) -> Any:
    """The default rendition, or the original when none may be made in this request."""
    width = images.default_width(value.image)
    return _loader(info).renditions(value.image, [width]).get(width)


def _widths(widths: Any) -> list[int] | None:
    if widths is None:
        return None
    if not widths or len(widths) > MAX_SRCSET_WIDTHS:
        raise ApiError(BAD_USER_INPUT, f"Ask for 1 to {MAX_SRCSET_WIDTHS} widths.")
    if any(w < 1 or w > MAX_WIDTH for w in widths):
        raise ApiError(BAD_USER_INPUT, f"Widths must be between 1 and {MAX_WIDTH} pixels.")
    return list(widths)


class Image(graphene.ObjectType):
    class Meta:
        description = (
            "An image as web-sized renditions (WebP). Widths are the knowledge base's "
            f"standard ones ({', '.join(map(str, images.WIDTHS))} px), never wider than "
            "the original."
        )

    url = graphene.String(required=True, description="Absolute URL at the default width.")
    width = graphene.Int(required=True, description="Width of `url` in pixels.")
    height = graphene.Int(required=True, description="Height of `url` in pixels.")
    alt = graphene.String(required=True, description="Alternative text: what the image shows here.")
    mime_type = graphene.String(required=True, description="Format of `url`, e.g. `image/webp`.")
    srcset = graphene.String(
        required=True,
        widths=graphene.List(
            graphene.NonNull(graphene.Int),
            description="Widths wanted; each is rounded up to a standard width. "
            "Default: every standard width.",
        ),
        description="A `srcset` attribute value, e.g. `https://…-320.webp 320w, …`.",
    )

    @staticmethod
    def resolve_url(value: ImageValue, info: GraphQLResolveInfo) -> str:
        rendition = _default(value, info)
        return _loader(info).absolute(rendition.url if rendition else value.image.file.url)

    @staticmethod
    def resolve_width(value: ImageValue, info: GraphQLResolveInfo) -> int:
        rendition = _default(value, info)
        return rendition.width if rendition else value.image.width

    @staticmethod
    def resolve_height(value: ImageValue, info: GraphQLResolveInfo) -> int:
        rendition = _default(value, info)
        return rendition.height if rendition else value.image.height

    @staticmethod
    def resolve_alt(value: ImageValue, _info: GraphQLResolveInfo) -> str:
        return value.alt

    @staticmethod
    def resolve_mime_type(value: ImageValue, info: GraphQLResolveInfo) -> str:
        rendition = _default(value, info)
        if rendition is None:
            return f"image/{value.image.file.name.rsplit('.', 1)[-1].lower()}"
        return f"image/{images.FORMAT}"

    @staticmethod
    def resolve_srcset(value: ImageValue, info: GraphQLResolveInfo, widths: Any = None) -> str:
        loader = _loader(info)
        wanted = images.widths_for(value.image, _widths(widths))
        found = loader.renditions(value.image, wanted)
        return ", ".join(
            f"{loader.absolute(found[w].url)} {found[w].width}w" for w in wanted if w in found
        )


def image_value(image: Any, alt: str) -> ImageValue | None:
    return ImageValue(image=image, alt=alt) if image is not None else None
