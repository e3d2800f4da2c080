"""The benchmark's URLs plus grapple's GraphQL endpoint with grapple's own schema."""

from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView
from grapple.schema import schema as grapple_schema

from bench.urls import urlpatterns as bench_urlpatterns

urlpatterns = [
    path("grapple/graphql/", csrf_exempt(GraphQLView.as_view(schema=grapple_schema))),
    *bench_urlpatterns,
]
