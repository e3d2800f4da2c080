"""Every change that alters what search should return writes an outbox entry."""

from collections.abc import Iterable
from typing import Any

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move

from kb.guidance.models import KnowledgePage
from kb.services.models import Service
from kb.taxonomy.models import Audience, LegalReference, Region, Topic

from .outbox import enqueue_pages, enqueue_services
from .promotions import forget_promotions


def _knowledge_page_ids(pages: Iterable[Page]) -> list[int]:
    ids = [p.pk for p in pages]
    return list(KnowledgePage.objects.filter(pk__in=ids).values_list("pk", flat=True))


def on_page_published(sender: object, instance: Page, **kwargs: Any) -> None:
    if isinstance(instance, KnowledgePage):
        enqueue_pages([instance.pk], "published")


def on_page_unpublished(sender: object, instance: Page, **kwargs: Any) -> None:
    if isinstance(instance, KnowledgePage):
        enqueue_pages([instance.pk], "unpublished")


def on_page_moved(sender: object, instance: Page, **kwargs: Any) -> None:
    # URLs of the page and everything below it change.
    tree = Page.objects.descendant_of(instance, inclusive=True)
    enqueue_pages(_knowledge_page_ids(tree), "moved")


def on_page_deleted(sender: object, instance: Page, **kwargs: Any) -> None:
    enqueue_pages([instance.pk], "deleted")


def on_service_changed(sender: object, instance: Service, **kwargs: Any) -> None:
    enqueue_services([instance.pk], "deleted" if "created" not in kwargs else "saved")


def on_term_changed(sender: object, instance: Topic | Audience | Region, **kwargs: Any) -> None:
    enqueue_pages(instance.pages.values_list("pk", flat=True), "taxonomy")
    enqueue_services(instance.services.values_list("pk", flat=True), "taxonomy")


def on_legal_reference_changed(sender: object, instance: LegalReference, **kwargs: Any) -> None:
    references = ReferenceIndex.get_references_to(instance)
    page_ids = [
        int(ref.object_id)
        for ref in references
        if issubclass(ref.content_type.model_class() or object, Page)
    ]
    enqueue_pages(_knowledge_page_ids(Page.objects.filter(pk__in=page_ids)), "legal reference")


def connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="search_page_moved")
    # Only the shared parent: post_delete fires once per table of the inheritance chain.
    post_delete.connect(on_page_deleted, sender=KnowledgePage, dispatch_uid="search_page_deleted")
    post_save.connect(on_service_changed, sender=Service, dispatch_uid="search_service_saved")
    post_delete.connect(on_service_changed, sender=Service, dispatch_uid="search_service_deleted")
    for model in (Topic, Audience, Region):
        post_save.connect(on_term_changed, sender=model, dispatch_uid=f"search_{model.__name__}")
    post_save.connect(
        on_legal_reference_changed, sender=LegalReference, dispatch_uid="search_legal_reference"
    )
    for model in (Query, SearchPromotion):
        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            uid = f"search_forget_promotions_{model.__name__}_{name}"
            signal.connect(forget_promotions, sender=model, dispatch_uid=uid)
