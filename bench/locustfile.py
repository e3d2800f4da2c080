"""Mixed read traffic for bench/load.py: GraphQL search 50 %, GraphQL page 25 %,
autocomplete 15 %, the /search/ HTML page 10 %. Only ever pointed at 127.0.0.1."""

import json
import os
import random

from locust import HttpUser, between, task

QUERIES = [
    "vykazani",
    "predbezne opatreni",
    "stalking",
    "namitka proti vykazani",
    "deti pri vykazani",
    "bezpecnostni plan",
    "odskodneni obeti",
    "intervencni centrum pomoc",
    "policie",
    "soud",
    "domaci nasili",
    "zvlast zranitelna obet",
    "expulsion",
    "preliminary measure",
    "police",
]
PREFIXES = ["vyk", "pre", "sta", "nam", "pol", "sou", "int", "bez", "exp", "vio"]
PAGE_IDS = json.loads(os.environ.get("BENCH_PAGE_IDS", "[]")) or [1]
SEARCH = """query($q: String!, $l: String) { search(query: $q, locale: $l, first: 10) {
  totalCount facets { name values { code count } }
  edges { highlights { field fragments } node { id title url summary pageType } } } }"""
PAGE = """query($id: ID!) { page(id: $id) { id title url summary
  body { __typename ... on ContentBlock { id html }
    ... on ContactBlock { service { name phones { number } } }
    ... on LegalReferenceBlock { reference { citation } } }
  ... on ProcedurePage { steps { actor html legalBasis { citation } } } } }"""
AUTOCOMPLETE = """query($p: String!) { autocomplete(prefix: $p, limit: 8) { text url } }"""


class Reader(HttpUser):
    wait_time = between(0.05, 0.3)

    def graphql(self, name, query, variables):
        with self.client.post(
            "/graphql/",
            json={"query": query, "variables": variables},
            name=name,
            catch_response=True,
        ) as response:
            if response.status_code != 200 or "errors" in response.text[:20]:
                response.failure(f"{response.status_code} {response.text[:200]}")

    @task(50)
    def search(self):
        query = random.choice(QUERIES)
        locale = "en" if query in ("expulsion", "preliminary measure", "police") else "cs"
        self.graphql("graphql search", SEARCH, {"q": query, "l": locale})

    @task(25)
    def page(self):
        self.graphql("graphql page", PAGE, {"id": str(random.choice(PAGE_IDS))})

    @task(15)
    def autocomplete(self):
        self.graphql("graphql autocomplete", AUTOCOMPLETE, {"p": random.choice(PREFIXES)})

    @task(10)
    def search_page(self):
        self.client.get("/search/", params={"q": random.choice(QUERIES)}, name="/search/ html")
