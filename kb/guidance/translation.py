"""A translated page points at the taxonomy, services and legal references of its own
locale: after simple_translation copies a page, every translatable item it refers to is
swapped for its counterpart with the same translation key."""

from collections.abc import Iterable
from typing import Any

from wagtail import blocks
from wagtail.models import TranslatableMixin
from wagtail.snippets.blocks import SnippetChooserBlock

from .forms import LOCALISED_CHOICES

STREAM_FIELDS = ("body", "steps")
# Snippets whose taxonomy follows their language: a translated service gets the English
# topics, audiences and service areas.
SNIPPET_CHOICES = {"services.service": ("topics", "audiences", "service_areas")}


def counterpart(item: Any, locale: Any) -> Any:
    if isinstance(item, TranslatableMixin) and item.locale_id != locale.pk:
        return item.get_translation_or_none(locale)
    return item


def _map_block_value(block: Any, value: Any, locale: Any) -> Any:
    """Returns the value with every chosen snippet swapped for its counterpart (kept as is
    when the counterpart does not exist yet, so the editor sees what to translate)."""
    if value is None:
        return value
    if isinstance(block, SnippetChooserBlock):
        return counterpart(value, locale) or value
    if isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if name in value:
                value[name] = _map_block_value(child, value[name], locale)
    elif isinstance(block, blocks.ListBlock):
        for i, item in enumerate(value):
            value[i] = _map_block_value(block.child_block, item, locale)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            child.value = _map_block_value(child.block, child.value, locale)
    return value


def _map_relations(obj: Any, names: Iterable[str]) -> None:
    locale = obj.locale
    for name in names:
        if not hasattr(obj, name):
            continue
        items = [counterpart(item, locale) for item in getattr(obj, name).all()]
        setattr(obj, name, [item for item in items if item is not None])


def map_page_to_locale(page: Any) -> None:
    """Points ``page`` (not saved here) at items of its own locale."""
    locale = page.locale
    _map_relations(page, LOCALISED_CHOICES)
    for name in STREAM_FIELDS:
        stream = getattr(page, name, None)
        if stream is not None:
            _map_block_value(stream.stream_block, stream, locale)


def on_copy_for_translation_done(
    sender: type, source_obj: Any, target_obj: Any, **kwargs: Any
) -> None:
    from .models import KnowledgePage

    meta = getattr(target_obj, "_meta", None)
    snippet_fields = SNIPPET_CHOICES.get(meta.label_lower) if meta else None
    if snippet_fields:
        # Not saved yet: simple translation saves the copy after this signal.
        _map_relations(target_obj, snippet_fields)
        return
    page = target_obj.specific if hasattr(target_obj, "specific") else target_obj
    if not isinstance(page, KnowledgePage):
        return
    page = type(page).objects.get(pk=page.pk)
    map_page_to_locale(page)
    page.save()
    page.save_revision(log_action=False, clean=False, changed=False)
