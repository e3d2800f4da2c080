// Apollo Client 3 against the knowledge base: typed with the types graphql-codegen made
// from the committed SDL (generated.ts), and sending automatic persisted queries, so a
// repeated query is a short GET that CDNs and browsers cache.
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client/core";
import { createPersistedQueryLink } from "@apollo/client/link/persisted-queries";
import type {
  ProcedureStepsQuery,
  ProcedureStepsQueryVariables,
  SearchKnowledgeBaseQuery,
  SearchKnowledgeBaseQueryVariables,
} from "./generated";

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const link = createPersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(
  new HttpLink({
    uri: "https://kb.example.org/graphql/",
    headers: { Authorization: "Bearer " + process.env.KB_API_KEY },
  }),
);

// Global ids are unique across pages and services, so Apollo's cache keys by `id` alone.
export const client = new ApolloClient({ link, cache: new InMemoryCache() });

const PROCEDURE = gql`
  query ProcedureSteps($slug: String!, $locale: Locale!) {
    procedure(slug: $slug, locale: $locale) {
      id title url reviewOverdue lastReviewed
      steps {
        position actor actorLabel title
        timeLimit { amount unit unitLabel startsFrom }
        text { html text }
        legalBasis { citation officialUrl }
      }
    }
  }
`;

const SEARCH = gql`
  query SearchKnowledgeBase($query: String!, $locale: Locale!, $after: String) {
    search(query: $query, locale: $locale, first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind title url summary } }
    }
  }
`;

export async function procedureSteps(slug: string): Promise<string[]> {
  const { data } = await client.query<ProcedureStepsQuery, ProcedureStepsQueryVariables>({
    query: PROCEDURE,
    variables: { slug, locale: "CS" },
  });
  // Root fields are nullable: a bad argument or a hidden page gives null, not a crash.
  if (!data?.procedure) return [];
  return data.procedure.steps.map((step) => {
    const limit = step.timeLimit
      ? ` (${step.timeLimit.amount} ${step.timeLimit.unitLabel})`
      : "";
    return `${step.position}. ${step.actorLabel}: ${step.title}${limit}`;
  });
}

export async function searchTitles(query: string): Promise<string[]> {
  const { data } = await client.query<SearchKnowledgeBaseQuery, SearchKnowledgeBaseQueryVariables>({
    query: SEARCH,
    variables: { query, locale: "EN" },
  });
  return (data?.search?.edges ?? []).map((edge) => `${edge.node.title} <${edge.node.url ?? "service"}>`);
}
