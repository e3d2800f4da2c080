"""wagtail-grapple as a page-delivery peer, in the benchmark only: the same page models
exposed the way grapple's documentation shows (a `graphql_fields` list per model), set here
at start-up so the project's models stay free of a second GraphQL definition."""
