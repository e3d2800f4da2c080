"""Demo content goes through the blocks' own validation: a broken file fails loudly,
naming the file and the block, the way an editor's form would refuse it."""

import shutil

import pytest

from kb.demo.loader import CONTENT_DIR, DemoContentError, DemoLoader
from kb.guidance.models import KnowledgePage

pytestmark = pytest.mark.django_db

PROCEDURE = "pages/procedures/expulsion-procedure.toml"


@pytest.fixture
def content(tmp_path):
    """A copy of the demo content that a test may break."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, copy)
    return copy


def _edit(content, relative, old, new):
    path = content / relative
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_procedure_step_without_an_actor_is_refused(content):
    _edit(content, PROCEDURE, 'actor = "police"\n', "")

    with pytest.raises(DemoContentError) as error:
        DemoLoader(content_dir=content).load()

    message = str(error.value)
    assert "expulsion-procedure.toml" in message
    assert "steps[0].actor" in message
    # The message is in the page's language, as an editor of that page would read it.
    assert "Každý krok potřebuje aktéra" in message


def test_an_unknown_block_type_is_refused(content):
    _edit(content, PROCEDURE, 'type = "callout"', 'type = "banner"')

    with pytest.raises(DemoContentError, match=r"expulsion-procedure\.toml \(cs\): body\[1\]"):
        DemoLoader(content_dir=content).load()


def test_a_misspelt_block_field_is_refused(content):
    _edit(content, PROCEDURE, "value.tone =", "value.tone_of_voice =")

    with pytest.raises(DemoContentError, match="unknown field.*tone_of_voice"):
        DemoLoader(content_dir=content).load()


def test_a_reference_to_a_missing_legal_reference_is_refused(content):
    _edit(
        content, PROCEDURE, 'value.reference = "police-act-expulsion"', 'value.reference = "nope"'
    )

    with pytest.raises(
        DemoContentError, match=r"body\[2\]\.reference: no taxonomy.LegalReference .*nope"
    ):
        DemoLoader(content_dir=content).load()


def test_a_new_page_with_a_broken_block_is_not_created(content):
    _edit(content, PROCEDURE, 'key = "p-expulsion-procedure"', 'key = "p-new-procedure"')
    _edit(content, PROCEDURE, 'slug = "postup-pri-vykazani"', 'slug = "novy-postup"')
    _edit(content, PROCEDURE, "value.tone =", "value.tone_of_voice =")
    before = KnowledgePage.objects.count()

    with pytest.raises(DemoContentError):
        DemoLoader(content_dir=content).load()

    assert KnowledgePage.objects.count() == before
