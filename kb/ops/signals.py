"""Webhook deliveries leave right after the commit that queued them: publishing or
unpublishing a page wakes the worker's webhook job once the transaction commits. Search
index changes likewise wake the worker's search drain (search.outbox.drain_requested)."""

import contextlib
import logging
from typing import Any

from django.db import DatabaseError, transaction

logger = logging.getLogger("kb.ops")


def _wake_webhooks() -> None:
    from .worker import wake

    try:
        wake("webhooks")
    except DatabaseError as error:  # the periodic run picks them up anyway
        logger.warning("could not wake the webhook job: %s", error)


def on_page_event(sender: type, instance: object, **kwargs: Any) -> None:
    transaction.on_commit(_wake_webhooks)


def wake_search_drain(**_kwargs: Any) -> None:
    """search.outbox asks for a drain after a commit: make the worker's drain due now."""
    from .worker import wake

    # If this fails, the periodic drain picks the entries up anyway.
    with contextlib.suppress(DatabaseError):
        wake("search_drain")


def connect() -> None:
    from wagtail.signals import page_published, page_unpublished

    page_published.connect(on_page_event, dispatch_uid="kb-ops-wake-webhooks-published")
    page_unpublished.connect(on_page_event, dispatch_uid="kb-ops-wake-webhooks-unpublished")
    from search.outbox import drain_requested

    drain_requested.connect(wake_search_drain, dispatch_uid="kb-ops-wake-search-drain")
