"""What the engine stores for each live page and active service."""

from types import SimpleNamespace

from wagtail.models import Locale

from kb.guidance.choices import Visibility
from kb.guidance.models import KnowledgePage
from kb.guidance.text import html_to_text
from kb.services.models import Service

from .analysis import spell_fields
from .models import ObjectType, ResultKind
from .types import SearchHit


def document_id(object_type: str, object_id: int) -> str:
    return f"{object_type}-{object_id}"


def page_document(page: KnowledgePage, *, urls=None, locale: str | None = None) -> dict:
    """``page`` must be the specific page (see ``indexable_pages``)."""
    doc = {
        "kind": ObjectType.PAGE,
        "object_id": page.pk,
        "translation_key": str(page.translation_key),
        "locale": locale or page.locale.language_code,
        "page_type": page.page_type,
        "visibility": page.visibility,
        "url": page.get_url(request=urls) or "",
        **page.search_texts(),
        "topics": sorted(t.code for t in page.topics.all()),
        "audiences": sorted(a.code for a in page.audiences.all()),
        "regions": sorted(r.code for r in page.regions.all()),
        "actors": sorted({s["actor"] for s in page.step_values if s.get("actor")}),
        "category": "",
        "phones": [],
        "last_reviewed": page.last_reviewed.isoformat() if page.last_reviewed else None,
        "next_review_due": page.next_review_due.isoformat() if page.next_review_due else None,
    }
    return doc | spell_fields(doc)


def service_document(service: Service) -> dict:
    phones = list(service.phones.all())
    details = [
        service.organization.name,
        service.eligibility_description,
        service.fees_description,
        " ".join(f"{p.number} {p.description}" for p in phones),
        " ".join(str(loc) for loc in service.locations.all()),
    ]
    doc = {
        "kind": ObjectType.SERVICE,
        "object_id": service.pk,
        "translation_key": str(service.translation_key),
        "locale": service.locale.language_code,
        "page_type": ResultKind.SERVICE,
        "visibility": Visibility.PUBLIC,
        "url": "",
        "title": service.name,
        "summary": service.description,
        "steps": "",
        "legal": "",
        "body": html_to_text(" ".join(d for d in details if d)),
        "topics": sorted(t.code for t in service.topics.all()),
        "audiences": sorted(a.code for a in service.audiences.all()),
        "regions": sorted(r.code for r in service.service_areas.all()),
        "actors": [],
        "category": service.category,
        "phones": [p.number for p in phones],
        "last_reviewed": service.last_verified.isoformat(),
        "next_review_due": None,
    }
    return doc | spell_fields(doc)


def indexable_pages():
    """Every page that belongs in the index: live knowledge pages. Drafts never; visibility is
    stored and filtered at query time."""
    return (
        KnowledgePage.objects.live()
        .specific()
        .select_related("locale")
        .prefetch_related("topics", "audiences", "regions")
    )


def indexable_services():
    return (
        Service.objects.filter(is_active=True)
        .select_related("locale", "organization")
        .prefetch_related("phones", "locations", "topics", "audiences", "service_areas")
    )


def load_documents(object_type: str, ids: list[int]) -> dict[int, dict]:
    """Current documents for the given ids; ids missing from the result must be deleted."""
    if object_type == ObjectType.PAGE:
        urls = url_cache()
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        return {
            p.pk: page_document(p, urls=urls, locale=codes[p.locale_id])
            for p in indexable_pages().filter(pk__in=ids)
        }
    return {s.pk: service_document(s) for s in indexable_services().filter(pk__in=ids)}


def locale_of(object_type: str, object_id: int) -> str | None:
    model = KnowledgePage if object_type == ObjectType.PAGE else Service
    row = model.objects.filter(pk=object_id).values_list("locale__language_code", flat=True)
    return row.first()


def url_cache():
    """Pass as ``request`` to ``Page.get_url`` for a list of pages: Wagtail keeps the site
    root paths on it, so each URL costs no query."""
    return SimpleNamespace(_wagtail_site=None)


def page_hit(
    page,
    *,
    score: float | None = None,
    promoted: bool = False,
    urls=None,
    locale: str | None = None,
) -> SearchHit:
    """A search hit straight from a page (database search, promotions)."""
    return SearchHit(
        kind="page",
        id=page.pk,
        translation_key=str(page.translation_key),
        title=page.title,
        url=page.get_url(request=urls) or "",
        summary=page.summary,
        page_type=page.specific_class.page_type,
        locale=locale or page.locale.language_code,
        score=score,
        last_reviewed=page.last_reviewed,
        visibility=page.visibility,
        promoted=promoted,
    )
