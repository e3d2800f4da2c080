"""The GraphQL documents the measurements send (bench/measure.py). PAGE_GQL is also the page
whose SQL query count tests/kb/api/test_query_counts.py locks."""

# GraphQL `search`: hits, highlights and facets.
SEARCH_GQL = """query($q: String!, $l: String) { search(query: $q, locale: $l, first: 10) {
  totalCount suggestion
  facets { name values { code label count } }
  edges { score highlights { field fragments }
          node { id kind title url summary pageType locale } } } }"""

# GraphQL `page`: typed blocks with their HTML, contact cards, legal references, simple steps
# and a procedure's steps.
PAGE_GQL = """query($id: ID!) { page(id: $id) { id title url summary locale
  topics { code name } audiences { code } regions { code }
  body { __typename
    ... on ContentBlock { id html }
    ... on ContactBlock { service { name phones { number } organization { name } } }
    ... on LegalReferenceBlock { reference { citation } }
    ... on StepsBlock { steps { title text { html } } } }
  ... on ProcedurePage { steps { actor html timeLimit { amount } legalBasis { citation } } } } }"""

# GraphQL `pages`: the list whose SQL queries are counted at 10, 50 and 100 items.
LIST_GQL = """query($n: Int) { pages(first: $n) { totalCount edges { node {
  id title url summary topics { code name } audiences { code } regions { code }
  body { __typename ... on ContentBlock { id html }
    ... on ContactBlock { service { name phones { number } } }
    ... on LegalReferenceBlock { reference { citation } } }
  ... on ProcedurePage { steps { actor html legalBasis { citation } } } } } } }"""

# wagtail-grapple's document for the same content (bench/grapple_settings.py): its generic
# block types, rich text as HTML, the procedure's steps.
GRAPPLE_PAGE_GQL = """query($id: ID) { page(id: $id) { id title url
  ... on GuidancePage { summary body { ...B } }
  ... on ProcedurePage { summary body { ...B } steps { ...B } } } }
fragment B on StreamFieldInterface { blockType field
  ... on StructBlock { blocks { field blockType
    ... on RichTextBlock { value } ... on CharBlock { value } ... on TextBlock { value }
    ... on ChoiceBlock { value } } }
  ... on RichTextBlock { value } ... on StreamBlock { blocks { field blockType } } }"""
