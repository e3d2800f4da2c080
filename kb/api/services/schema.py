import graphene

from ..core.connection import page_args
from ..core.locale import locale_arg
from . import resolvers
from .types import Service, ServiceCategory, ServiceConnection


class ServiceFilter(graphene.InputObjectType):
    class Meta:
        description = (
            "Narrows the services directory. Values within one filter are alternatives; "
            "different filters must all match."
        )

    region = graphene.List(
        graphene.NonNull(graphene.String),
        description="Region codes served; services for the whole country serve every region.",
    )
    category = graphene.List(graphene.NonNull(ServiceCategory), description="Kinds of help.")
    audience = graphene.List(graphene.NonNull(graphene.String), description="Audience codes.")
    language = graphene.List(
        graphene.NonNull(graphene.String), description="Languages spoken (ISO 639-1), e.g. `uk`."
    )
    open_now = graphene.Boolean(
        description=(
            "True: open right now; false: closed right now. Services whose opening hours "
            "are unknown match neither."
        )
    )


class ServicesQueries(graphene.ObjectType):
    services = graphene.Field(
        ServiceConnection,
        locale=locale_arg(),
        filters=graphene.Argument(ServiceFilter, description="What to narrow the list to."),
        **page_args(),
        description="Active services in one language, by name.",
        resolver=resolvers.resolve_services,
    )
    emergency_contacts = graphene.List(
        graphene.NonNull(Service),
        locale=locale_arg(),
        description="Emergency numbers and nonstop helplines, emergency numbers first.",
        resolver=resolvers.resolve_emergency_contacts,
    )
