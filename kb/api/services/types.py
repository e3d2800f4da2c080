from typing import Any

import graphene
from django.utils import timezone
from graphql import GraphQLResolveInfo

from kb.services.models import PhoneKind as PhoneKindChoices
from kb.services.models import Service as ServiceModel
from kb.services.models import ServiceCategory as ServiceCategoryChoices
from kb.services.models import Weekday

from ..core.connection import CountedConnection
from ..core.enums import choices_enum, english, label, label_field
from ..core.images import Image, image_value
from ..core.nodes import SERVICE, Node, database_id_field, global_id, node_type
from ..taxonomy.types import Audience, Region, Topic

ServiceCategory = choices_enum(
    ServiceCategoryChoices, description="What kind of help a service gives."
)
PhoneKind = choices_enum(PhoneKindChoices, description="What a phone number is for.")


class Organization(graphene.ObjectType):
    class Meta:
        description = "The organisation that runs a service."

    code = graphene.String(required=True, description="Stable identifier across languages.")
    name = graphene.String(required=True, description="Name of the organisation.")
    description = graphene.String(required=True, description="What the organisation does.")
    website = graphene.String(description="Web site, if any.")
    logo = graphene.Field(Image, description="The organisation's logo, if any.")

    @staticmethod
    def resolve_website(organization: Any, _info: GraphQLResolveInfo) -> Any:
        return organization.website or None

    @staticmethod
    def resolve_logo(organization: Any, _info: GraphQLResolveInfo) -> Any:
        return image_value(organization.logo, organization.name)


class Phone(graphene.ObjectType):
    class Meta:
        description = "A number to call or text."

    number = graphene.String(
        required=True, description="As dialled in the Czech Republic, e.g. `116 006`."
    )
    tel_uri = graphene.String(required=True, description="A `tel:` link for the number.")
    kind = graphene.Field(PhoneKind, required=True, description="What the number is for.")
    kind_label = label_field("What the number is for")
    description = graphene.String(required=True, description="Who answers or when, if said.")
    is_nonstop = graphene.Boolean(required=True, description="Answered around the clock.")
    is_free = graphene.Boolean(required=True, description="Free of charge to call.")

    @staticmethod
    def resolve_kind_label(phone: Any, _info: GraphQLResolveInfo) -> Any:
        return label(PhoneKindChoices, phone.kind, locale=phone.service.locale.language_code)


class Location(graphene.ObjectType):
    class Meta:
        description = "Where a service receives clients. Shelters with secret addresses have none."

    name = graphene.String(required=True, description="Name of the place, if any.")
    address = graphene.String(required=True, description="Street and number.")
    city = graphene.String(required=True, description="City or district.")
    postal_code = graphene.String(required=True, description="Postal code.")
    latitude = graphene.Float(description="Latitude (WGS 84), if known.")
    longitude = graphene.Float(description="Longitude (WGS 84), if known.")


class OpeningHours(graphene.ObjectType):
    class Meta:
        description = "Opening hours on one weekday (local time, Europe/Prague)."

    weekday = graphene.Int(required=True, description="ISO weekday: 1 Monday … 7 Sunday.")
    weekday_name = graphene.String(required=True, description="Name of the weekday (English).")
    opens = graphene.String(required=True, description="Opening time, `HH:MM`.")
    closes = graphene.String(required=True, description="Closing time, `HH:MM`.")

    @staticmethod
    def resolve_weekday_name(schedule: Any, _info: GraphQLResolveInfo) -> Any:
        return english(Weekday(schedule.weekday).label)

    @staticmethod
    def resolve_opens(schedule: Any, _info: GraphQLResolveInfo) -> Any:
        return schedule.opens_at.strftime("%H:%M")

    @staticmethod
    def resolve_closes(schedule: Any, _info: GraphQLResolveInfo) -> Any:
        return schedule.closes_at.strftime("%H:%M")


class Eligibility(graphene.ObjectType):
    class Meta:
        description = "Who a service is for."

    description = graphene.String(required=True, description="Who it is for, in words.")
    minimum_age = graphene.Int(description="Youngest client served, if limited.")
    maximum_age = graphene.Int(description="Oldest client served, if limited.")


class Cost(graphene.ObjectType):
    class Meta:
        description = "What a service costs."

    is_free = graphene.Boolean(required=True, description="Free of charge.")
    description = graphene.String(required=True, description="What it costs, if not free.")


class Service(graphene.ObjectType):
    class Meta:
        interfaces = (Node,)
        description = "A follow-up service (shaped after Open Referral HSDS 3.0)."

    id = graphene.ID(
        required=True,
        description="Globally unique id of the service in this language; `node(id:)` takes it.",
    )
    database_id = database_id_field("service in this language")
    code = graphene.String(required=True, description="Stable identifier across languages.")
    locale = graphene.String(required=True, description="Language code of the texts.")
    name = graphene.String(required=True, description="Name of the service.")
    category = graphene.Field(ServiceCategory, required=True, description="Kind of help.")
    category_label = label_field("The kind of help")
    description = graphene.String(required=True, description="What the service does.")
    asked_as = graphene.NonNull(
        graphene.List(graphene.NonNull(graphene.String)),
        description=(
            "How people ask for this service: questions and phrasings in their own words, as "
            "editors collected them; may be empty."
        ),
    )
    organization = graphene.Field(Organization, required=True, description="Who runs it.")
    url = graphene.String(description="Web page of the service, if any.")
    email = graphene.String(description="Contact e-mail of the service, if any.")
    phones = graphene.NonNull(
        graphene.List(graphene.NonNull(Phone)), description="Numbers, in the order editors gave."
    )
    locations = graphene.NonNull(
        graphene.List(graphene.NonNull(Location)),
        description="Addresses; empty for secret shelters.",
    )
    is_nonstop = graphene.Boolean(required=True, description="Open around the clock.")
    opening_hours = graphene.NonNull(
        graphene.List(graphene.NonNull(OpeningHours)),
        description="Opening hours; empty when nonstop.",
    )
    is_open_now = graphene.Boolean(
        description="Open at the time of the request; null when the opening hours are unknown."
    )
    eligibility = graphene.Field(Eligibility, required=True, description="Who it is for.")
    cost = graphene.Field(Cost, required=True, description="What it costs.")
    languages = graphene.NonNull(
        graphene.List(graphene.NonNull(graphene.String)),
        description="Languages spoken (ISO 639-1).",
    )
    service_areas = graphene.NonNull(
        graphene.List(graphene.NonNull(Region)), description="Regions served."
    )
    topics = graphene.NonNull(
        graphene.List(graphene.NonNull(Topic)), description="Topics it helps with."
    )
    audiences = graphene.NonNull(
        graphene.List(graphene.NonNull(Audience)), description="Who it serves."
    )
    last_verified = graphene.Date(
        required=True, description="When the contact details were last checked."
    )
    needs_verification = graphene.Boolean(
        required=True, description="True while a number or address could not be confirmed."
    )

    @staticmethod
    def resolve_id(service: Any, _info: GraphQLResolveInfo) -> Any:
        return global_id(SERVICE, service.pk)

    @staticmethod
    def resolve_database_id(service: Any, _info: GraphQLResolveInfo) -> Any:
        return service.pk

    @staticmethod
    def resolve_asked_as(service: Any, _info: GraphQLResolveInfo) -> Any:
        return service.asked_as_list

    @staticmethod
    def resolve_locale(service: Any, _info: GraphQLResolveInfo) -> Any:
        return service.locale.language_code

    @staticmethod
    def resolve_category_label(service: Any, _info: GraphQLResolveInfo) -> Any:
        return label(ServiceCategoryChoices, service.category, locale=service.locale.language_code)

    @staticmethod
    def resolve_url(service: Any, _info: GraphQLResolveInfo) -> Any:
        return service.url or None

    @staticmethod
    def resolve_email(service: Any, _info: GraphQLResolveInfo) -> Any:
        return service.email or None

    @staticmethod
    def resolve_phones(service: Any, _info: GraphQLResolveInfo) -> Any:
        return service.phones.all()

    @staticmethod
    def resolve_locations(service: Any, _info: GraphQLResolveInfo) -> Any:
        return service.locations.all()

    @staticmethod
    def resolve_opening_hours(service: Any, _info: GraphQLResolveInfo) -> Any:
        return sorted(service.schedules.all(), key=lambda s: (s.weekday, s.opens_at))

    @staticmethod
    def resolve_is_open_now(service: Any, _info: GraphQLResolveInfo) -> Any:
        return service.is_open_at(timezone.localtime())

    @staticmethod
    def resolve_eligibility(service: Any, _info: GraphQLResolveInfo) -> Any:
        return Eligibility(
            description=service.eligibility_description,
            minimum_age=service.minimum_age,
            maximum_age=service.maximum_age,
        )

    @staticmethod
    def resolve_cost(service: Any, _info: GraphQLResolveInfo) -> Any:
        return Cost(is_free=service.is_free, description=service.fees_description)

    @staticmethod
    def resolve_languages(service: Any, _info: GraphQLResolveInfo) -> Any:
        return list(service.languages or [])

    @staticmethod
    def resolve_service_areas(service: Any, _info: GraphQLResolveInfo) -> Any:
        return service.service_areas.all()

    @staticmethod
    def resolve_topics(service: Any, _info: GraphQLResolveInfo) -> Any:
        return service.topics.all()

    @staticmethod
    def resolve_audiences(service: Any, _info: GraphQLResolveInfo) -> Any:
        return service.audiences.all()


node_type(ServiceModel, lambda _service, _info: Service)


class ServiceConnection(CountedConnection):
    class Meta:
        node = Service
        strict_types = True
        description = "A page of services."
