"""The benchmark corpus is made of pages an editor could have made: valid blocks, a sound page
tree, published revisions, translations sharing a key, some professionals-only pages."""

import io

import pytest
from wagtail.models import Page

from bench.generator import Generator, _outbox_signals_off
from kb.guidance.models import KnowledgePage
from kb.services.models import Service
from search.models import IndexOutboxEntry

pytestmark = pytest.mark.slow


def test_generated_pages_are_valid_published_and_bilingual(db):
    before = KnowledgePage.objects.count()
    services_before = Service.objects.count()
    outbox_before = IndexOutboxEntry.objects.count()
    generator = Generator(before + 60, seed=3, out=io.StringIO())
    generator._prepare()
    with _outbox_signals_off():
        created = generator._pages()
        services = generator._services()
    assert created == 60
    assert services == 2 * ((before + 60) // 20)
    assert Service.objects.count() == services_before + services
    new = KnowledgePage.objects.order_by("-pk")[:60]
    locales = {p.locale.language_code for p in new}
    assert locales == {"cs", "en"}
    keys = [p.translation_key for p in new]
    assert len(set(keys)) < len(keys)  # some pages are translations of others
    assert 0 < sum(p.visibility == "professionals" for p in new) < 20
    for page in new:
        specific = page.specific
        assert specific.live and specific.live_revision_id == specific.latest_revision_id
        for field in ("body", "steps"):
            stream = getattr(specific, field, None)
            if stream is not None:
                stream.stream_block.clean(stream)  # raises if an editor's form would refuse it
        assert specific.title and specific.summary and specific.search_text
        assert specific.url
    # The tree is sound (paths, depth, numchild) as treebeard's own check sees it.
    problems = Page.find_problems()
    assert not any(problems), problems
    # Nothing was queued for the search index: the rebuild indexes everything.
    assert IndexOutboxEntry.objects.count() == outbox_before
