from typing import Any

import graphene
from graphql import GraphQLResolveInfo


class TermFields:
    code = graphene.String(
        required=True, description="Stable identifier, the same in every language; filter by it."
    )
    name = graphene.String(required=True, description="Name in the term's language.")
    locale = graphene.String(
        required=True,
        description="Language code of the name.",
        resolver=lambda t, _i: t.locale.language_code,
    )


class Topic(TermFields, graphene.ObjectType):
    class Meta:
        description = "A subject guidance and services are filed under, e.g. expulsion."

    description = graphene.String(required=True, description="What the topic covers.")


class Audience(TermFields, graphene.ObjectType):
    class Meta:
        description = "Who content is written for: the endangered person or a profession."

    is_professional = graphene.Boolean(
        required=True, description="True for a profession (police, OSPOD, court …)."
    )


class Region(TermFields, graphene.ObjectType):
    class Meta:
        description = "An area a page applies to or a service serves."


class LegalReference(graphene.ObjectType):
    class Meta:
        description = "A provision of Czech law, e.g. Act No. 273/2008 Coll., § 44–47."

    id = graphene.ID(required=True, description="Database id of the reference.")
    citation = graphene.String(
        required=True, description="Citation as written in Czech law, e.g. `273/2008 Sb., § 44–47`."
    )
    act_number = graphene.Int(required=True, description="Number of the act, e.g. 273.")
    act_year = graphene.Int(required=True, description="Year of the act, e.g. 2008.")
    act = graphene.String(required=True, description="The act, e.g. `273/2008 Sb.`.")
    section = graphene.String(
        required=True, description="Sections cited, e.g. `§ 44–47`; empty for the whole act."
    )
    short_title = graphene.String(required=True, description="What the provision is about.")
    official_url = graphene.String(description="Link to the official wording, if any.")
    current_as_of = graphene.Date(
        required=True, description="Date of the wording the reference was checked against."
    )
    needs_verification = graphene.Boolean(
        required=True, description="True while the provision awaits a check against the law."
    )

    @staticmethod
    def resolve_official_url(reference: Any, _info: GraphQLResolveInfo) -> Any:
        return reference.official_url or None
