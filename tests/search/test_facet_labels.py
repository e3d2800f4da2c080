"""Facet labels are the taxonomy's names in the asked language, read once per process for a
while rather than on every search."""

import pytest
from django.test import override_settings

from kb.taxonomy.models import Topic
from search.backends import labels

pytestmark = pytest.mark.django_db


@override_settings(SEARCH_FACET_LABELS_SECONDS=3600)
def test_labels_are_read_once_then_held(django_assert_num_queries):
    labels._cache.clear()
    topic = Topic.objects.filter(locale__language_code="cs").first()
    assert topic is not None
    first = labels.facet_labels("cs")
    assert first["topic"][topic.code] == topic.name
    assert first["page_type"] and first["locale"]["en"]
    with django_assert_num_queries(0):
        assert labels.facet_labels("cs") == first


@override_settings(SEARCH_FACET_LABELS_SECONDS=0)
def test_a_renamed_topic_shows_once_the_held_labels_expire():
    labels._cache.clear()
    topic = Topic.objects.filter(locale__language_code="cs").first()
    labels.facet_labels("cs")
    Topic.objects.filter(pk=topic.pk).update(name="Nový název")
    assert labels.facet_labels("cs")["topic"][topic.code] == "Nový název"
