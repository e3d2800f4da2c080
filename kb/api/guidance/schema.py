import graphene

from ..core.connection import page_args
from ..core.enums import described_enum
from ..core.locale import locale_arg
from . import resolvers
from .types import KnowledgePage, KnowledgePageConnection, PageType, ProcedurePage


class PageFilter(graphene.InputObjectType):
    class Meta:
        description = (
            "Narrows a page list. Codes within one filter are alternatives; "
            "different filters must all match."
        )

    topic = graphene.List(graphene.NonNull(graphene.String), description="Topic codes.")
    audience = graphene.List(graphene.NonNull(graphene.String), description="Audience codes.")
    region = graphene.List(graphene.NonNull(graphene.String), description="Region codes.")
    type = graphene.List(graphene.NonNull(PageType), description="Page types.")


PageOrder = described_enum(
    "PageOrder",
    {
        "SITE": ("site", "Site order, as in the navigation (the default)."),
        "TITLE": ("title", "By title, A to Z."),
        "TITLE_DESC": ("-title", "By title, Z to A."),
        "LAST_REVIEWED": ("last_reviewed", "Longest unreviewed first."),
        "LAST_REVIEWED_DESC": ("-last_reviewed", "Most recently reviewed first."),
        "LAST_PUBLISHED": ("last_published_at", "Least recently published first."),
        "LAST_PUBLISHED_DESC": ("-last_published_at", "Most recently published first."),
    },
    description="Orders of a page list; ties are broken by site order.",
)


class GuidanceQueries(graphene.ObjectType):
    page = graphene.Field(
        KnowledgePage,
        id=graphene.ID(
            description="Global id of the page (its numeric database id is still accepted)."
        ),
        url_path=graphene.String(description="Path as served on the site, e.g. `/en/rights/…/`."),
        locale=locale_arg(),
        preview_token=graphene.String(
            description="A signed preview token from the admin: returns the latest draft."
        ),
        fallback=graphene.Boolean(
            description=(
                "With `id` and `locale`: when the page has no translation the caller may see "
                "in that locale, return the page in its own language (`isFallback: true`)."
            )
        ),
        description=(
            "One page by id or by path; null when it does not exist or the caller may not "
            "see it. With an id, `locale` picks that page's translation. A path that starts "
            "with a language prefix (`/en/`) sets the locale."
        ),
        resolver=resolvers.resolve_page,
    )
    pages = graphene.Field(
        KnowledgePageConnection,
        locale=locale_arg(),
        filters=graphene.Argument(PageFilter, description="What to narrow the list to."),
        updated_since=graphene.DateTime(
            description="Only pages published at or after this time (ISO 8601)."
        ),
        order=graphene.Argument(PageOrder, description="How to order the list (default SITE)."),
        **page_args(),
        description="Pages the caller may see in one language, in site order unless `order` says.",
        resolver=resolvers.resolve_pages,
    )
    procedure = graphene.Field(
        ProcedurePage,
        slug=graphene.String(required=True, description="Slug of the procedure page."),
        locale=locale_arg(),
        description="One procedure by slug, with its ordered steps; null when not visible.",
        resolver=resolvers.resolve_procedure,
    )
