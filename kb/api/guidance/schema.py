import graphene

from ..core.connection import page_args
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
        **page_args(),
        description="Pages the caller may see in one language, in site order.",
        resolver=resolvers.resolve_pages,
    )
    procedure = graphene.Field(
        ProcedurePage,
        slug=graphene.String(required=True, description="Slug of the procedure page."),
        locale=locale_arg(),
        description="One procedure by slug, with its ordered steps; null when not visible.",
        resolver=resolvers.resolve_procedure,
    )
