"""What each editorial group needs for its job, beyond pages.

Editors keep the directory and the search set-up current: services and organisations
(including phone numbers), taxonomy, legal references (e.g. ticking "needs verification"),
search promotions and synonyms, redirects, the search analytics report, and page
translation. Legal reviewers check the law: they maintain legal references and may read
(not change) the directory and the taxonomy. Deleting taxonomy terms stays with
administrators: their codes are identifiers that partner sites filter by."""

from django.db import migrations

EDITORS = "Editors"
LEGAL_REVIEWERS = "Legal reviewers"
CRUD = ("add", "change", "delete", "view")
EDIT = ("add", "change", "view")

GRANTS = {
    EDITORS: [
        ("services", "service", CRUD),
        ("services", "organization", CRUD),
        ("taxonomy", "topic", EDIT),
        ("taxonomy", "audience", EDIT),
        ("taxonomy", "region", EDIT),
        ("taxonomy", "legalreference", EDIT),
        ("wagtailsearchpromotions", "searchpromotion", CRUD),
        ("wagtailsearchpromotions", "query", ("view",)),
        ("wagtailredirects", "redirect", CRUD),
        ("search", "searchsynonym", CRUD),
        ("search", "searchquerydaily", ("view",)),
        ("simple_translation", "simpletranslation", ("submit_translation",)),
    ],
    LEGAL_REVIEWERS: [
        ("taxonomy", "legalreference", CRUD),
        ("services", "service", ("view",)),
        ("services", "organization", ("view",)),
        ("taxonomy", "topic", ("view",)),
        ("taxonomy", "audience", ("view",)),
        ("taxonomy", "region", ("view",)),
        ("search", "searchquerydaily", ("view",)),
    ],
}


def _permissions(apps, app_label, model, actions):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    for action in actions:
        codename = action if action == "submit_translation" else f"{action}_{model}"
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {action.replace('_', ' ')} {model}"},
        )
        yield permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admin_access = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    for name, grants in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        if admin_access is not None:
            group.permissions.add(admin_access)
        for app_label, model, actions in grants:
            group.permissions.add(*_permissions(apps, app_label, model, actions))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, grants in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for app_label, model, actions in grants:
            group.permissions.remove(*_permissions(apps, app_label, model, actions))


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0004_knowledgepage_search_text"),
        ("services", "0003_folded_search_text"),
        ("taxonomy", "0002_folded_search_text"),
        ("search", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("simple_translation", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
