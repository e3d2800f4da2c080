"""Index settings and mappings, one index per locale; the mapping is search.schema's.
`search_index rebuild` builds the current version (``index_version``) beside the old one
and swaps the alias."""

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from django.conf import settings

from .schema import FIELDS, Field, Kind, spell_field

# Part of every index name. A change of the analysis or the mapping (search.schema) changes
# the version by itself (``index_version``); bump this number when the documents change
# without them, e.g. a field's text taken from elsewhere.
INDEX_REVISION = 4
SYNONYM_DIR = Path(__file__).resolve().parent / "synonyms"

# Per language: filters before lower-casing, stop words, stemmer.
# Czech: lowercase → Czech stop words → Czech stemmer. Two accent-free sub-fields:
# `.folded` folds *after* stemming (the stemmer's rules expect diacritics, so an accented
# query meets every inflection), `.ascii` folds *before* stemming on both sides (a query
# typed without diacritics goes through the same stemmer as the folded text: `deti` meets
# `děti`, which `.folded` cannot promise).
LANGUAGE_FILTERS: dict[str, dict[str, Any]] = {
    "cs": {
        "filters": {
            "cs_stop": {"type": "stop", "stopwords": "_czech_"},
            "cs_stemmer": {"type": "stemmer", "language": "czech"},
        },
        "pre": [],
        "stop": ["cs_stop"],
        "stem": ["cs_stemmer"],
    },
    "en": {
        "filters": {
            "en_possessive": {"type": "stemmer", "language": "possessive_english"},
            "en_stop": {"type": "stop", "stopwords": "_english_"},
            "en_stemmer": {"type": "stemmer", "language": "english"},
        },
        "pre": ["en_possessive"],
        "stop": ["en_stop"],
        "stem": ["en_stemmer"],
    },
}

# Czech stop words that carry diacritics, as professionals type them without: the stock
# `_czech_` list only knows "při", so "deti pri vykazani" would demand a word "pri".
FOLDED_STOPWORDS = {
    "cs": [
        "pri",
        "ze",
        "az",
        "ci",
        "nez",
        "jez",
        "jiz",
        "take",
        "tez",
        "pres",
        "pred",
        "ktera",
        "ktere",
        "ktery",
        "kteri",
        "kterou",
        "muze",
        "neni",
        "jeste",
        "vas",
        "nas",
        "vam",
        "jeji",
        "sve",
        "svych",
        "svym",
        "svymi",
        "mne",
        "me",
        "mate",
        "jses",
        "budes",
        "tim",
        "coz",
        "jine",
        "dalsi",
        "protoze",
        "cely",
        "jak",
        "mezi",
    ],
    "en": [],
}


# Question words and phrasing ("jak dlouho…", "co dělat když…", "what happens if…", "do I
# have to…"): dropped from the query at search time, per language, so that a question finds
# what its content words find. Accented and folded forms both (the ascii chains fold first).
QUESTION_WORDS = {
    "cs": [
        "jak", "jaký", "jaká", "jaké", "jakou", "dlouho", "co", "kdy", "kde", "kam", "proč",
        "kdo", "čí", "mám", "máme", "má", "musím", "musíme", "musí", "můžu", "mohu", "může",
        "můžeme", "lze", "dá", "dělat", "udělat", "když", "pokud", "jestli", "zda", "je",
        "jsou", "být", "mi", "mě", "mně", "mne", "se", "si", "potřebuji", "chci", "stane",
        "nějak", "vlastně", "prosím", "teď", "tak",
    ],
    "en": [
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "long",
        "do", "does", "did", "doing", "i", "me", "my", "we", "our", "you", "your", "have",
        "has", "had", "happen", "happens", "happened", "can", "could", "should", "must",
        "shall", "would", "need", "am", "is", "are", "if", "to", "there", "anything",
        "someone", "somebody", "please", "now", "get", "the", "a", "an", "of", "for", "about",
        # the people a lay question is about ("he choked me"), as the Czech list drops "on"
        "he", "she", "him", "her", "his", "hers", "they", "them", "their", "it",
    ],
}  # fmt: skip


def _folded_words() -> set[str]:
    from kb.folding import fold

    words = {w for lang in QUESTION_WORDS.values() for w in lang}
    words |= {w for lang in FOLDED_STOPWORDS.values() for w in lang}
    words |= set(CZECH_STOP_SAMPLE)
    return {fold(w) for w in words}


# Frequent words of Lucene's `_czech_` list (the rest is rare in queries). The analyzers drop
# them; a query word listed here is not required on its own either (relaxed matching,
# `ignoredWords`, the database fallback): "on ji sleduje" must not need "on" and "ji".
CZECH_STOP_SAMPLE = [
    "a", "s", "k", "o", "i", "u", "v", "z", "ve", "ze", "na", "do", "pro", "po", "od", "za",
    "při", "nebo", "ale", "to", "ten", "ta", "jsem", "by", "aby", "už", "již", "ani", "než",
    # personal pronouns and forms of "být", as lay questions use them
    "já", "on", "ona", "ono", "oni", "ony", "my", "vy", "ty", "ho", "jí", "ji", "jej", "jeho",
    "její", "jejich", "jemu", "nám", "vám", "nás", "vás", "jsme", "jste", "byl", "byla",
    "bylo", "byli", "pak", "tu", "tedy", "však", "jen",
]  # fmt: skip


def shipped_synonyms(locale: str) -> list[str]:
    path = SYNONYM_DIR / f"{locale}.txt"
    if not path.exists():
        return []
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def synonyms_for(locale: str) -> list[str]:
    """Same-meaning groups (shipped and editors'), then the lay vocabulary's one-way rules
    ("mlátit, mlatit => mlátit, bije, násilí": search.colloquial)."""
    from .colloquial import lay_rules
    from .models import SearchSynonym

    editors = [s.rule for s in SearchSynonym.objects.filter(locale=locale) if s.rule]
    same = [with_folded_variants(rule) for rule in shipped_synonyms(locale) + editors]
    return same + lay_rules(locale)


def with_folded_variants(rule: str) -> str:
    """'odškodnění, peněžitá pomoc' → also 'odskodneni' and 'penezita pomoc', so a query
    typed without diacritics expands too."""
    from kb.folding import fold

    terms = [t.strip().lower() for t in rule.split(",") if t.strip()]
    return ", ".join(dict.fromkeys(terms + [fold(t) for t in terms]))


def index_settings(locale: str, synonyms: list[str]) -> dict:
    lang = LANGUAGE_FILTERS[locale]
    pre, stop, stem = lang["pre"], lang["stop"], lang["stem"]
    folded_stop = ["folded_stop"] if FOLDED_STOPWORDS[locale] else []
    # Synonyms apply at query time only (synonym_graph handles multi-word terms there).
    chain = [*pre, "lowercase", *stop, *stem]
    search_chain = [*pre, "lowercase", "kb_synonyms", *stop, "question_stop", *stem]
    ascii_chain = [*pre, "lowercase", "asciifolding", *stop, *folded_stop, *stem]
    ascii_search_chain = [
        *pre,
        "lowercase",
        "kb_synonyms",
        "asciifolding",
        *stop,
        *folded_stop,
        "question_stop",
        *stem,
    ]
    filters = {
        **lang["filters"],
        "folded_stop": {"type": "stop", "stopwords": FOLDED_STOPWORDS[locale] or ["_"]},
        "question_stop": {"type": "stop", "stopwords": _question_words(locale)},
        "kb_synonyms": {
            "type": "synonym_graph",
            "synonyms": synonyms or ["kb, kb"],
            "lenient": True,
        },
        "autocomplete_ngram": {"type": "edge_ngram", "min_gram": 2, "max_gram": 20},
    }
    analyzers = {
        "text_index": {"tokenizer": "standard", "filter": chain},
        "text_search": {"tokenizer": "standard", "filter": search_chain},
        "folded_index": {"tokenizer": "standard", "filter": [*chain, "asciifolding", *folded_stop]},
        "folded_search": {
            "tokenizer": "standard",
            "filter": [*search_chain, "asciifolding", *folded_stop, "question_stop"],
        },
        "ascii_index": {"tokenizer": "standard", "filter": ascii_chain},
        "ascii_search": {"tokenizer": "standard", "filter": ascii_search_chain},
        # Without synonyms, for the fuzzy (typo) clause: fuzzy expansion of synonym graphs
        # is both slow and surprising.
        "ascii_plain_search": {
            "tokenizer": "standard",
            "filter": [*pre, "lowercase", "asciifolding", *stop, *folded_stop, "question_stop"]
            + stem,
        },
        "autocomplete_index": {
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "autocomplete_ngram"],
        },
        "autocomplete_search": {"tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
        "spell": {"tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
    }
    return {
        "number_of_shards": settings.SEARCH_SHARDS,
        "number_of_replicas": settings.SEARCH_REPLICAS,
        "max_ngram_diff": 20,
        "analysis": {"filter": filters, "analyzer": analyzers},
    }


def _text(field: Field) -> dict[str, Any]:
    """A text field with its accent-free sub-fields. Only `.folded` is highlighted (see
    search.backends.engine.highlight): it stores offsets in its postings, which the
    unified highlighter reads instead of term vectors or re-analysing the text. Typo
    tolerance reads `.ascii`, so only fields with a typo weight have one."""
    sub: dict[str, Any] = {
        "folded": {
            "type": "text",
            "analyzer": "folded_index",
            "search_analyzer": "folded_search",
            "index_options": "offsets",
        },
    }
    if field.typo_weight is not None:
        sub["ascii"] = {
            "type": "text",
            "analyzer": "ascii_index",
            "search_analyzer": "ascii_search",
        }
    if field.autocomplete:
        sub["autocomplete"] = {
            "type": "text",
            "analyzer": "autocomplete_index",
            "search_analyzer": "autocomplete_search",
        }
    if field.raw:
        sub["raw"] = {"type": "keyword"}
    return {
        "type": "text",
        "analyzer": "text_index",
        "search_analyzer": "text_search",
        "fields": sub,
    }


MAPPED: dict[Kind, dict[str, Any]] = {
    Kind.KEYWORD: {"type": "keyword"},
    Kind.STORED: {"type": "keyword", "index": False},
    Kind.LONG: {"type": "long"},
    Kind.DATE: {"type": "date"},
}


def mappings() -> dict[str, Any]:
    """search.schema's fields, and one spell field per visibility."""
    properties = {
        field.name: _text(field) if field.kind == Kind.TEXT else dict(MAPPED[field.kind])
        for field in FIELDS
    }
    properties.update(
        {spell_field(v): {"type": "text", "analyzer": "spell"} for v in _visibilities()}
    )
    return {"dynamic": "strict", "properties": properties}


def _visibilities() -> list[str]:
    from kb.guidance.choices import Visibility

    return list(Visibility.values)


def _question_words(locale: str) -> list[str]:
    from kb.folding import fold

    words = QUESTION_WORDS.get(locale, [])
    return sorted({w for w in words} | {fold(w) for w in words})


@functools.cache
def index_version() -> str:
    """``INDEX_REVISION`` and a short hash of every locale's analysis and mapping (without
    the synonyms, which are data, nor shard and replica counts, which are deployment):
    e.g. ``4-1a2b3c4d``."""
    shape = {}
    for locale in LANGUAGE_FILTERS:
        body = index_body(locale, synonyms=[])
        index = body["settings"]["index"]
        shape[locale] = {
            "analysis": index["analysis"],
            "max_ngram_diff": index["max_ngram_diff"],
            "mappings": body["mappings"],
        }
    digest = hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:8]
    return f"{INDEX_REVISION}-{digest}"


def index_body(locale: str, synonyms: list[str] | None = None) -> dict:
    if synonyms is None:
        synonyms = synonyms_for(locale)
    return {"settings": {"index": index_settings(locale, synonyms)}, "mappings": mappings()}


IGNORABLE_WORDS = _folded_words()
