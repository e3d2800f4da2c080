"""What professionals notice when they search the demo content on a real engine."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from kb.guidance.choices import Visibility
from kb.guidance.models import KnowledgePage
from kb.guidance.visibility import Viewer
from search.query import autocomplete, search
from search.types import SearchInputError, SearchRequest

pytestmark = pytest.mark.django_db


def run(query, locale="cs", **kwargs):
    return search(SearchRequest(query=query, locale=locale, record_analytics=False, **kwargs))


def titles(result):
    return [hit.title for hit in result.hits]


def page(slug, locale="cs"):
    return KnowledgePage.objects.get(slug=slug, locale__language_code=locale)


def test_engine_answers(engine_settings):
    result = run("vykázání")
    assert result.backend == "engine"
    assert result.unavailable_features == []


def test_czech_inflection_finds_the_base_form(engine_settings):
    # "vykázaného" (genitive of the participle) must find pages about "vykázání".
    result = run("vykázaného", limit=20)
    assert "Vykázání v kostce" in titles(result)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nasili", "násilí"),
        ("predbezne opatreni", "Předběžné opatření: od návrhu k výkonu"),
        ("vykazani", "Vykázání v kostce"),
    ],
)
def test_missing_diacritics_are_forgiven(engine_settings, query, expected):
    result = run(query, limit=20)
    assert result.total > 0
    assert any(expected in hit.title or expected in hit.summary for hit in result.hits) or (
        expected in titles(result)
    )


def test_typo_still_finds_the_expulsion(engine_settings):
    assert "Vykázání v kostce" in titles(run("vykazny", limit=20))


def test_synonyms_find_the_same_procedure_in_both_languages(engine_settings):
    procedure = page("postup-pri-vykazani")
    cs_keys = {h.translation_key for h in run("vykázat", limit=20).hits}
    en_keys = {h.translation_key for h in run("expulsion", locale="en", limit=20).hits}
    assert str(procedure.translation_key) in cs_keys
    assert str(procedure.translation_key) in en_keys
    # "agresor" is not written in the demo pages; the synonym "násilná osoba" is.
    assert run("agresor").total > 0


def test_highlights_mark_the_accented_word_for_a_plain_query(engine_settings):
    hit = next(h for h in run("vykazani").hits if h.title == "Vykázání v kostce")
    assert "<mark>Vykázání</mark>" in hit.highlights["title"][0]


def test_title_matches_rank_above_body_matches(engine_settings):
    result = run("námitka proti vykázání")
    assert result.hits[0].title == "Námitka proti vykázání"


def test_facet_counts_match_filtered_results(engine_settings):
    result = run("vykázání", limit=50)
    topics = {f.code: f for f in result.facets["topic"]}
    assert topics["expulsion"].label == "Vykázání"
    filtered = run("vykázání", topics=("children",), limit=50)
    assert filtered.total == topics["children"].count
    assert filtered.total < result.total
    narrowed = {f.code: f.count for f in filtered.facets["topic"]}
    assert narrowed["children"] == filtered.total
    languages = {f.code: f.count for f in result.facets["locale"]}
    assert languages["cs"] == result.total and languages["en"] > 0


def test_page_type_filter_and_facet(engine_settings):
    result = run("vykázání", limit=50)
    counts = {f.code: f.count for f in result.facets["page_type"]}
    procedures = run("vykázání", page_types=("procedure",), limit=50)
    assert procedures.total == counts["procedure"]
    assert {h.page_type for h in procedures.hits} == {"procedure"}


def test_services_are_found_by_number_and_name(engine_settings):
    result = run("116 006")
    assert result.hits[0].kind == "service"
    assert "116 006" in result.hits[0].title


def test_did_you_mean_when_hits_are_few(engine_settings):
    # A wrong first letter defeats typo tolerance; the suggestion repairs it.
    result = run("bykazani")
    assert result.total < 3
    # the real word, not its folded index form
    assert result.suggestion == "vykázání"
    assert run(result.suggestion).total > 10


def test_autocomplete_with_and_without_diacritics(engine_settings):
    plain = [s.text for s in autocomplete(prefix="vykaz")]
    accented = [s.text for s in autocomplete(prefix="vykáz")]
    assert "Vykázání v kostce" in plain
    assert plain == accented
    assert all("ykáz" in text.lower() for text in plain)


def test_anonymous_callers_never_get_drafts_or_professional_pages(engine_settings):
    professional = KnowledgePage.objects.filter(
        live=True, visibility=Visibility.PROFESSIONALS, locale__language_code="cs"
    )
    draft_titles = set(KnowledgePage.objects.filter(live=False).values_list("title", flat=True))
    for target in professional:
        word = target.title.split()[0]
        public = run(target.title, limit=50)
        assert target.pk not in {h.id for h in public.hits if h.kind == "page"}
        assert not draft_titles & set(titles(public))
        suggestions = {s.id for s in autocomplete(prefix=word)}
        assert target.pk not in suggestions
        staff = run(target.title, limit=50, viewer=Viewer(professional=True))
        assert target.pk in {h.id for h in staff.hits}
    for title in draft_titles:
        result = run(title, limit=50, viewer=Viewer(professional=True))
        assert title not in titles(result)


def test_promoted_results_come_first(engine_settings):
    # A page that does not mention the query at all: only the promotion can put it first.
    target = (
        KnowledgePage.objects.live()
        .filter(locale__language_code="cs", visibility="public")
        .exclude(search_text__contains="vykaz")
        .first()
    )
    query = Query.get("vykázání")
    SearchPromotion.objects.create(query=query, page=target, sort_order=0, description="")
    result = run("vykázání")
    assert result.hits[0].id == target.pk and result.hits[0].promoted
    assert [h.id for h in result.hits].count(target.pk) == 1


def test_paging_is_capped(engine_settings):
    with pytest.raises(SearchInputError):
        run("vykázání", limit=51)
    with pytest.raises(SearchInputError):
        run("vykázání", offset=995, limit=10)
    second = run("vykázání", offset=5, limit=5)
    first = run("vykázání", offset=0, limit=5)
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}


@pytest.mark.parametrize("query", ["vykázání", "soudni zakaz", "vykazny"])
def test_hits_without_facets_or_highlights_are_the_same_hits(engine_settings, query):
    """A caller who asks only for hits (GraphQL without `facets`/`highlights`) gets a cheaper
    request to the locale's own index, and the same hits in the same order."""
    full = run(query, limit=20)
    lean = run(query, limit=20, facets=False, highlights=False)
    assert [(h.kind, h.id) for h in lean.hits] == [(h.kind, h.id) for h in full.hits]
    assert lean.total == full.total
    assert full.facets["locale"] and not lean.facets
    assert any(h.highlights for h in full.hits)
    assert not any(h.highlights for h in lean.hits)


def test_pages_of_one_search_neither_repeat_nor_skip_a_hit(engine_settings):
    """The phrase boost re-orders the best hits; paging through still shows each hit once,
    in the order one long page would."""
    whole = [(h.kind, h.id) for h in run("násilná osoba", limit=30).hits]
    paged = []
    for offset in (0, 10, 20):
        paged += [(h.kind, h.id) for h in run("násilná osoba", limit=10, offset=offset).hits]
    assert len(whole) > 20
    assert paged == whole
