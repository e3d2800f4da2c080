"""The search document is declared once (search.schema): the mapping, the engine's query,
highlights, facets and filters, the database fallback and the documents all follow it, so a
field added there is searched everywhere and a field dropped there is gone everywhere."""

import dataclasses

import pytest

from kb.guidance.choices import Visibility
from kb.guidance.visibility import Viewer
from search import schema
from search.analysis import INDEX_REVISION, index_version, mappings
from search.backends import database, engine
from search.documents import indexable_pages, indexable_services, page_documents, service_document
from search.types import SearchHit, SearchRequest

SPELL_FIELDS = {schema.spell_field(v) for v in Visibility.values}


def query_fields(body: object) -> set[str]:
    """Every field name a query body names in `fields` lists (boosts stripped)."""
    found: set[str] = set()
    if isinstance(body, dict):
        for key, value in body.items():
            if key == "fields" and isinstance(value, list):
                found |= {name.split("^")[0] for name in value}
            elif key == "fields" and isinstance(value, dict):
                found |= set(value)
            found |= query_fields(value)
    elif isinstance(body, list):
        for item in body:
            found |= query_fields(item)
    return found


def test_the_mapping_has_exactly_the_schema_fields_and_the_spell_fields():
    properties = mappings()["properties"]
    assert set(properties) == {f.name for f in schema.FIELDS} | SPELL_FIELDS
    for field in schema.FIELDS:
        mapped = properties[field.name]
        if field.kind == schema.Kind.TEXT:
            subfields = set(mapped["fields"])
            assert "folded" in subfields
            assert ("ascii" in subfields) == (field.typo_weight is not None)
            assert ("autocomplete" in subfields) == field.autocomplete
            assert ("raw" in subfields) == field.raw
        else:
            assert mapped["type"] == {"stored": "keyword"}.get(field.kind, field.kind)


def test_the_engine_query_searches_highlights_and_facets_what_the_schema_flags():
    request = SearchRequest(
        query="vykázání z bytu",
        viewer=Viewer(professional=True),
        topics=("t",),
        audiences=("a",),
        page_types=("procedure",),
        regions=("r",),
    )
    body = engine.build_body(request, forgiving=True)
    named = query_fields(body["query"])
    for field in schema.TEXT_FIELDS:
        assert (f"{field.name}.folded" in named) == bool(field.weight), field.name
        assert (f"{field.name}.ascii" in named) == (field.typo_weight is not None), field.name
    assert set(body["highlight"]["fields"]) == {
        f"{f.name}.folded" for f in schema.TEXT_FIELDS if f.highlight is not None
    }
    phrase = body["rescore"]["query"]["rescore_query"]["multi_match"]["fields"]
    assert {name.split("^")[0] for name in phrase} == {
        f"{f.name}.folded" for f in schema.TEXT_FIELDS if f.phrase_weight
    }
    assert set(body["aggs"]) == {f.facet for f in schema.FACETED}
    assert {field for agg in body["aggs"].values() for field in [agg["terms"]["field"]]} == {
        f.name for f in schema.FACETED
    }
    filtered = {name for clause in body["query"]["bool"]["filter"] for name in clause["terms"]}
    assert filtered == {"visibility"} | {f.name for f in schema.FIELDS if f.filter}
    # hits carry what SearchHit reads, not the long texts
    excluded = set(body["_source"]["excludes"])
    assert not excluded & {f.name for f in schema.HIT_FIELDS}
    assert {f.name for f in schema.TEXT_FIELDS if not f.hit} <= excluded


def test_every_filter_and_hit_attribute_exists_on_the_query_service_types():
    request_fields = {f.name for f in dataclasses.fields(SearchRequest)}
    hit_fields = {f.name for f in dataclasses.fields(SearchHit)}
    for field in schema.FIELDS:
        assert field.filter is None or field.filter in request_fields, field.name
        assert field.hit is None or field.hit in hit_fields, field.name
    assert {str(f.hit) for f in schema.HIT_FIELDS} >= {
        f.name
        for f in dataclasses.fields(SearchHit)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }


def test_the_database_fallback_ranks_and_counts_the_schema_fields():
    assert tuple(f for f in schema.TEXT_FIELDS if f.database_weight) == database.RANKED
    assert {r.facet for r in schema.RELATED} | {"page_type"} == {f.facet for f in schema.FACETED}


@pytest.mark.django_db
def test_page_and_service_documents_have_exactly_the_schema_fields():
    expected = {f.name for f in schema.FIELDS} | SPELL_FIELDS
    pages = list(indexable_pages()[:5])
    for doc in page_documents(pages):
        assert set(doc) == expected
    services = list(indexable_services()[:5])
    assert pages and services
    for service in services:
        assert set(service_document(service)) == expected


def test_the_index_version_follows_the_mapping(monkeypatch):
    before = index_version()
    assert before.startswith(f"{INDEX_REVISION}-")
    changed = (*schema.FIELDS, dataclasses.replace(schema.BY_NAME["category"], name="extra"))
    monkeypatch.setattr("search.analysis.FIELDS", changed)
    index_version.cache_clear()
    try:
        assert index_version() != before
    finally:
        monkeypatch.undo()
        index_version.cache_clear()
    assert index_version() == before
