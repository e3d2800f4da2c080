"""Partners hear when a page leaves their view, not only when it is published (issue 10,
defect 10): restricting a page to professionals, moving and deleting it."""

from kb.guidance.models import GuidanceIndexPage, KnowledgePage

from .test_webhooks import events, publish, webhook_for


def test_restricting_a_page_tells_public_partners_to_remove_it(db):
    public, professional = webhook_for("public"), webhook_for("professional")
    publish("postup-pri-vykazani", visibility="professionals")
    assert events(public) == [("page.unpublished", "postup-pri-vykazani")]
    removal = public.deliveries.get()
    assert removal.payload["reason"] == "restricted"
    assert removal.payload["page"]["globalId"]
    assert events(professional) == [("page.changed", "postup-pri-vykazani")]


def test_deleting_a_page_sends_one_deletion_to_those_who_could_see_it(db):
    public = webhook_for("public")
    KnowledgePage.objects.get(slug="postup-pri-vykazani").delete()
    KnowledgePage.objects.get(slug="statistika-vykazani").delete()  # professionals only
    assert events(public) == [("page.deleted", "postup-pri-vykazani")]


def test_moving_a_page_sends_its_new_url(db):
    public = webhook_for("public")
    page = KnowledgePage.objects.get(slug="postup-pri-vykazani")
    target = (
        GuidanceIndexPage.objects.filter(locale=page.locale)
        .exclude(pk=page.get_parent().pk)
        .first()
    )
    page.move(target, pos="last-child")
    [moved] = public.deliveries.all()
    assert moved.event == "page.moved"
    assert target.url_path.rstrip("/").split("/")[-1] in moved.payload["page"]["urlPath"]
