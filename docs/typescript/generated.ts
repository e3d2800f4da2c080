export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * The `Date` scalar type represents a Date
   * value as specified by
   * [iso8601](https://en.wikipedia.org/wiki/ISO_8601).
   */
  Date: { input: string; output: string; }
  /**
   * The `DateTime` scalar type represents a DateTime
   * value as specified by
   * [iso8601](https://en.wikipedia.org/wiki/ISO_8601).
   */
  DateTime: { input: string; output: string; }
};

/** Who must act in a procedure step. */
export type Actor =
  /** Court */
  | 'COURT'
  /** Endangered person */
  | 'ENDANGERED_PERSON'
  /** Expelled person */
  | 'EXPELLED_PERSON'
  /** Intervention centre */
  | 'INTERVENTION_CENTRE'
  /** Child-protection authority (OSPOD) */
  | 'OSPOD'
  /** Police */
  | 'POLICE';

/** Who content is written for: the endangered person or a profession. */
export type Audience = {
  __typename?: 'Audience';
  /** Stable identifier, the same in every language; filter by it. */
  code: Scalars['String']['output'];
  /** True for a profession (police, OSPOD, court …). */
  isProfessional: Scalars['Boolean']['output'];
  /** Language code of the name. */
  locale: Scalars['String']['output'];
  /** Name in the term's language. */
  name: Scalars['String']['output'];
};

/** A block of a page body; one type per kind of block. */
export type BodyBlock = CalloutBlock | ContactBlock | FaqBlock | HtmlBlock | ImageBlock | LegalReferenceBlock | StepsBlock | TextBlock;

/** A page above this one: the home page, then the section. */
export type Breadcrumb = {
  __typename?: 'Breadcrumb';
  /** Database id of the page. */
  id: Scalars['ID']['output'];
  /** Slug of the page. */
  slug: Scalars['String']['output'];
  /** Title of the page. */
  title: Scalars['String']['output'];
  /** Absolute URL on the knowledge base. */
  url: Maybe<Scalars['String']['output']>;
  /** Path as served on the site. */
  urlPath: Maybe<Scalars['String']['output']>;
};

/** A highlighted note: information, a warning or a danger. */
export type CalloutBlock = ContentBlock & {
  __typename?: 'CalloutBlock';
  /** The block rendered as on the knowledge base. */
  html: Scalars['String']['output'];
  /** Stable id of the block within its page. */
  id: Scalars['ID']['output'];
  /** The callout's text. */
  text: RichText;
  /** Heading of the callout, if any. */
  title: Maybe<Scalars['String']['output']>;
  /** How urgent it is. */
  tone: CalloutTone;
};

/** How urgent a callout is. */
export type CalloutTone =
  /** A risk to safety or of losing a right. */
  | 'DANGER'
  /** Background information. */
  | 'INFO'
  /** Something to take care about. */
  | 'WARNING';

/** A contact card for a service. */
export type ContactBlock = ContentBlock & {
  __typename?: 'ContactBlock';
  /** The block rendered as on the knowledge base. */
  html: Scalars['String']['output'];
  /** Stable id of the block within its page. */
  id: Scalars['ID']['output'];
  /** The service. */
  service: Service;
};

/** What every content block has. */
export type ContentBlock = {
  /** The block rendered as on the knowledge base. */
  html: Scalars['String']['output'];
  /** Stable id of the block within its page. */
  id: Scalars['ID']['output'];
};

/** The editor responsible for a page (name only). */
export type ContentOwner = {
  __typename?: 'ContentOwner';
  /** Full name of the editor. */
  name: Scalars['String']['output'];
};

/** What a service costs. */
export type Cost = {
  __typename?: 'Cost';
  /** What it costs, if not free. */
  description: Scalars['String']['output'];
  /** Free of charge. */
  isFree: Scalars['Boolean']['output'];
};

/** How a time limit is counted. */
export type Counting =
  /** by calendar days (the day of the event does not count) */
  | 'CALENDAR'
  /** from the exact moment */
  | 'MOMENT';

/** Where a deadline stands relative to the time of the request. */
export type DeadlineStatus =
  /** Due within the next 24 hours. */
  | 'DUE_SOON'
  /** Due more than 24 hours from now. */
  | 'LATER'
  /** The due moment is before now. */
  | 'PASSED'
  /** No due moment: the step has no time limit, or it counts from an event that has no date in this timeline. */
  | 'UNDATED';

/** A page the caller could see and no longer can: remove your copy. */
export type Deletion = {
  __typename?: 'Deletion';
  /** Numeric database id of the page. */
  databaseId: Scalars['Int']['output'];
  /** The page's global id (as `KnowledgePage.id`). */
  id: Scalars['ID']['output'];
  /** Language code of the page. */
  locale: Scalars['String']['output'];
  /** When it left. */
  occurredAt: Scalars['DateTime']['output'];
  /** Why it left. */
  reason: DeletionReason;
  /** The same for every language version of the page. */
  translationKey: Scalars['String']['output'];
};

/** Pages that left the caller's view, oldest first. */
export type DeletionConnection = {
  __typename?: 'DeletionConnection';
  /** Contains the nodes in this connection. */
  edges: Array<DeletionEdge>;
  /** Pagination data for this connection. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Relay edge containing a `Deletion` and its cursor. */
export type DeletionEdge = {
  __typename?: 'DeletionEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Deletion;
};

/** Why a page left the caller's view. */
export type DeletionReason =
  /** The page was deleted. */
  | 'DELETED'
  /** The page became visible to professional keys only. */
  | 'RESTRICTED'
  /** The page was unpublished. */
  | 'UNPUBLISHED';

/** Who a service is for. */
export type Eligibility = {
  __typename?: 'Eligibility';
  /** Who it is for, in words. */
  description: Scalars['String']['output'];
  /** Oldest client served, if limited. */
  maximumAge: Maybe<Scalars['Int']['output']>;
  /** Youngest client served, if limited. */
  minimumAge: Maybe<Scalars['Int']['output']>;
};

/** A section of the knowledge base to start reading from. */
export type EntryPage = {
  __typename?: 'EntryPage';
  /** The section's title. */
  title: Scalars['String']['output'];
  /** Where to read it on the knowledge base. */
  url: Scalars['String']['output'];
};

/** Counts of results by one property, for filter menus. */
export type Facet = {
  __typename?: 'Facet';
  /** `topic`, `audience`, `page_type`, `region` or `locale`. */
  name: Scalars['String']['output'];
  /** Its values with counts. */
  values: Array<FacetValue>;
};

/** One value of a facet and how many results have it. */
export type FacetValue = {
  __typename?: 'FacetValue';
  /** The code to filter by. */
  code: Scalars['String']['output'];
  /** How many results have it. */
  count: Scalars['Int']['output'];
  /** Its name in the asked language. */
  label: Scalars['String']['output'];
};

/** A question and its answer. */
export type FaqBlock = ContentBlock & {
  __typename?: 'FaqBlock';
  /** The answer. */
  answer: RichText;
  /** The block rendered as on the knowledge base. */
  html: Scalars['String']['output'];
  /** Stable id of the block within its page. */
  id: Scalars['ID']['output'];
  /** The question. */
  question: Scalars['String']['output'];
};

/** Guidance on rights, duties and options. */
export type GuidancePage = KnowledgePage & Node & {
  __typename?: 'GuidancePage';
  /** Breadcrumbs from the home page down to the page's section. */
  ancestors: Array<Breadcrumb>;
  /** How people ask for this page: questions and phrasings in their own words, as editors collected them (e.g. to show as "You may be asking…"); may be empty. */
  askedAs: Array<Scalars['String']['output']>;
  /** Who it is written for. */
  audiences: Array<Audience>;
  /** The body as typed blocks. */
  body: Array<BodyBlock>;
  /** The body rendered as HTML. */
  bodyHtml: Scalars['String']['output'];
  /** Numeric database id of the page in this language. */
  databaseId: Scalars['Int']['output'];
  /** When first published. */
  firstPublishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique id of the page in this language; `page(id:)` and `node(id:)` take it. */
  id: Scalars['ID']['output'];
  /** A diagram or photo for the page, if any. */
  illustration: Maybe<Image>;
  /** True when this page stands in for a translation that does not exist (`page(fallback: true)`): it is in its own `locale`, not the one asked for. */
  isFallback: Scalars['Boolean']['output'];
  /** True for pages only professional keys can read. */
  isProfessionalsOnly: Scalars['Boolean']['output'];
  /** When last published. */
  lastPublishedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the content was last checked. */
  lastReviewed: Scalars['Date']['output'];
  /** Language code. */
  locale: Scalars['String']['output'];
  /** When it must be checked again. */
  nextReviewDue: Scalars['Date']['output'];
  /** The editor responsible, if set. */
  owner: Maybe<ContentOwner>;
  /** Guidance or procedure. */
  pageType: PageType;
  /** Where it applies. */
  regions: Array<Region>;
  /** True when the review date has passed: show a caution. */
  reviewOverdue: Scalars['Boolean']['output'];
  /** Slug (last part of the path). */
  slug: Scalars['String']['output'];
  /** The sources of the page's facts, in the editors' order; may be empty. */
  sources: Array<PageSource>;
  /** One or two sentences for lists. */
  summary: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Topics. */
  topics: Array<Topic>;
  /** The same for every language version of the page. */
  translationKey: Scalars['String']['output'];
  /** Other language versions the caller may see. */
  translations: Array<Translation>;
  /** Absolute URL on the knowledge base. */
  url: Maybe<Scalars['String']['output']>;
  /** Path as served on the site, e.g. `/en/rights/…/`. */
  urlPath: Maybe<Scalars['String']['output']>;
};

/** Where the query matched, as HTML fragments with `<mark>` around the terms. */
export type Highlight = {
  __typename?: 'Highlight';
  /** The field, e.g. `title` or `body`. */
  field: Scalars['String']['output'];
  /** Matching fragments. */
  fragments: Array<Scalars['String']['output']>;
};

/** A body block without a type of its own in this API (yet): render its `html`. */
export type HtmlBlock = ContentBlock & {
  __typename?: 'HtmlBlock';
  /** The block rendered as on the knowledge base. */
  html: Scalars['String']['output'];
  /** Stable id of the block within its page. */
  id: Scalars['ID']['output'];
};

/** An image as web-sized renditions (WebP). Widths are the knowledge base's standard ones (320, 640, 960, 1280 px), never wider than the original. */
export type Image = {
  __typename?: 'Image';
  /** Alternative text: what the image shows here. */
  alt: Scalars['String']['output'];
  /** Height of `url` in pixels. */
  height: Scalars['Int']['output'];
  /** Format of `url`, e.g. `image/webp`. */
  mimeType: Scalars['String']['output'];
  /** A `srcset` attribute value, e.g. `https://…-320.webp 320w, …`. */
  srcset: Scalars['String']['output'];
  /** Absolute URL at the default width. */
  url: Scalars['String']['output'];
  /** Width of `url` in pixels. */
  width: Scalars['Int']['output'];
};


/** An image as web-sized renditions (WebP). Widths are the knowledge base's standard ones (320, 640, 960, 1280 px), never wider than the original. */
export type ImageSrcsetArgs = {
  widths?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** A photo, map or diagram with its alternative text and caption. */
export type ImageBlock = ContentBlock & {
  __typename?: 'ImageBlock';
  /** Caption shown under the image, if any. */
  caption: Maybe<Scalars['String']['output']>;
  /** The block rendered as on the knowledge base. */
  html: Scalars['String']['output'];
  /** Stable id of the block within its page. */
  id: Scalars['ID']['output'];
  /** The image. */
  image: Image;
};

/** A guidance or procedure page. */
export type KnowledgePage = {
  /** Breadcrumbs from the home page down to the page's section. */
  ancestors: Array<Breadcrumb>;
  /** How people ask for this page: questions and phrasings in their own words, as editors collected them (e.g. to show as "You may be asking…"); may be empty. */
  askedAs: Array<Scalars['String']['output']>;
  /** Who it is written for. */
  audiences: Array<Audience>;
  /** The body as typed blocks. */
  body: Array<BodyBlock>;
  /** The body rendered as HTML. */
  bodyHtml: Scalars['String']['output'];
  /** Numeric database id of the page in this language. */
  databaseId: Scalars['Int']['output'];
  /** When first published. */
  firstPublishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique id of the page in this language; `page(id:)` and `node(id:)` take it. */
  id: Scalars['ID']['output'];
  /** A diagram or photo for the page, if any. */
  illustration: Maybe<Image>;
  /** True when this page stands in for a translation that does not exist (`page(fallback: true)`): it is in its own `locale`, not the one asked for. */
  isFallback: Scalars['Boolean']['output'];
  /** True for pages only professional keys can read. */
  isProfessionalsOnly: Scalars['Boolean']['output'];
  /** When last published. */
  lastPublishedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the content was last checked. */
  lastReviewed: Scalars['Date']['output'];
  /** Language code. */
  locale: Scalars['String']['output'];
  /** When it must be checked again. */
  nextReviewDue: Scalars['Date']['output'];
  /** The editor responsible, if set. */
  owner: Maybe<ContentOwner>;
  /** Guidance or procedure. */
  pageType: PageType;
  /** Where it applies. */
  regions: Array<Region>;
  /** True when the review date has passed: show a caution. */
  reviewOverdue: Scalars['Boolean']['output'];
  /** Slug (last part of the path). */
  slug: Scalars['String']['output'];
  /** The sources of the page's facts, in the editors' order; may be empty. */
  sources: Array<PageSource>;
  /** One or two sentences for lists. */
  summary: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Topics. */
  topics: Array<Topic>;
  /** The same for every language version of the page. */
  translationKey: Scalars['String']['output'];
  /** Other language versions the caller may see. */
  translations: Array<Translation>;
  /** Absolute URL on the knowledge base. */
  url: Maybe<Scalars['String']['output']>;
  /** Path as served on the site, e.g. `/en/rights/…/`. */
  urlPath: Maybe<Scalars['String']['output']>;
};

/** A page of knowledge pages. */
export type KnowledgePageConnection = {
  __typename?: 'KnowledgePageConnection';
  /** Contains the nodes in this connection. */
  edges: Array<KnowledgePageEdge>;
  /** Pagination data for this connection. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Relay edge containing a `KnowledgePage` and its cursor. */
export type KnowledgePageEdge = {
  __typename?: 'KnowledgePageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: KnowledgePage;
};

/** A provision of Czech law, e.g. Act No. 273/2008 Coll., § 44–47. */
export type LegalReference = {
  __typename?: 'LegalReference';
  /** The act, e.g. `273/2008 Sb.`. */
  act: Scalars['String']['output'];
  /** Number of the act, e.g. 273. */
  actNumber: Scalars['Int']['output'];
  /** Year of the act, e.g. 2008. */
  actYear: Scalars['Int']['output'];
  /** Citation as written in Czech law, e.g. `273/2008 Sb., § 44–47`. */
  citation: Scalars['String']['output'];
  /** Date of the wording the reference was checked against. */
  currentAsOf: Scalars['Date']['output'];
  /** Database id of the reference. */
  id: Scalars['ID']['output'];
  /** True while the provision awaits a check against the law. */
  needsVerification: Scalars['Boolean']['output'];
  /** Link to the official wording, if any. */
  officialUrl: Maybe<Scalars['String']['output']>;
  /** Sections cited, e.g. `§ 44–47`; empty for the whole act. */
  section: Scalars['String']['output'];
  /** What the provision is about. */
  shortTitle: Scalars['String']['output'];
};

/** A provision of law cited in the text. */
export type LegalReferenceBlock = ContentBlock & {
  __typename?: 'LegalReferenceBlock';
  /** The block rendered as on the knowledge base. */
  html: Scalars['String']['output'];
  /** Stable id of the block within its page. */
  id: Scalars['ID']['output'];
  /** Why it is cited, if said. */
  note: Maybe<Scalars['String']['output']>;
  /** The provision. */
  reference: LegalReference;
};

/** The knowledge-base page an internal link points to. */
export type LinkedPage = {
  __typename?: 'LinkedPage';
  /** Database id of the page. */
  id: Scalars['ID']['output'];
  /** Language code of the page. */
  locale: Scalars['String']['output'];
  /** Slug of the page. */
  slug: Scalars['String']['output'];
  /** Title of the page. */
  title: Scalars['String']['output'];
  /** Absolute URL on the knowledge base. */
  url: Scalars['String']['output'];
  /** Path as served on the site. */
  urlPath: Scalars['String']['output'];
};

/** A content language. */
export type Locale =
  /** Czech (`cs`). */
  | 'CS'
  /** English (`en`). */
  | 'EN';

/** Where a service receives clients. Shelters with secret addresses have none. */
export type Location = {
  __typename?: 'Location';
  /** Street and number. */
  address: Scalars['String']['output'];
  /** City or district. */
  city: Scalars['String']['output'];
  /** Latitude (WGS 84), if known. */
  latitude: Maybe<Scalars['Float']['output']>;
  /** Longitude (WGS 84), if known. */
  longitude: Maybe<Scalars['Float']['output']>;
  /** Name of the place, if any. */
  name: Scalars['String']['output'];
  /** Postal code. */
  postalCode: Scalars['String']['output'];
};

/** The one write partners may make: feedback on a search (POST only). */
export type Mutation = {
  __typename?: 'Mutation';
  /** Report whether a search helped. Only an aggregated count per query (its known words) and day is kept; nothing about the reader. */
  searchFeedback: Maybe<SearchFeedbackPayload>;
};


/** The one write partners may make: feedback on a search (POST only). */
export type MutationSearchFeedbackArgs = {
  locale?: InputMaybe<Locale>;
  outcome: SearchOutcome;
  query: Scalars['String']['input'];
};

/** An object with a globally unique id; refetch it with `node(id:)`. */
export type Node = {
  /** Globally unique id (opaque); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
};

/** Opening hours on one weekday (local time, Europe/Prague). */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Closing time, `HH:MM`. */
  closes: Scalars['String']['output'];
  /** Opening time, `HH:MM`. */
  opens: Scalars['String']['output'];
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: Scalars['Int']['output'];
  /** Name of the weekday (English). */
  weekdayName: Scalars['String']['output'];
};

/** The organisation that runs a service. */
export type Organization = {
  __typename?: 'Organization';
  /** Stable identifier across languages. */
  code: Scalars['String']['output'];
  /** What the organisation does. */
  description: Scalars['String']['output'];
  /** The organisation's logo, if any. */
  logo: Maybe<Image>;
  /** Name of the organisation. */
  name: Scalars['String']['output'];
  /** Web site, if any. */
  website: Maybe<Scalars['String']['output']>;
};

/** The asked language found nothing or little, another language has results (e.g. an English question asked in Czech): offer to search there. */
export type OtherLocaleHint = {
  __typename?: 'OtherLocaleHint';
  /** The language with results, e.g. `en`. */
  locale: Scalars['String']['output'];
  /** How many results it has for you. */
  total: Scalars['Int']['output'];
};

/** Narrows a page list. Codes within one filter are alternatives; different filters must all match. */
export type PageFilter = {
  /** Audience codes. */
  audience?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Region codes. */
  region?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Topic codes. */
  topic?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Page types. */
  type?: InputMaybe<Array<PageType>>;
};

/** The Relay compliant `PageInfo` type, containing data necessary to paginate this connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** Orders of a page list; ties are broken by site order. */
export type PageOrder =
  /** Least recently published first. */
  | 'LAST_PUBLISHED'
  /** Most recently published first. */
  | 'LAST_PUBLISHED_DESC'
  /** Longest unreviewed first. */
  | 'LAST_REVIEWED'
  /** Most recently reviewed first. */
  | 'LAST_REVIEWED_DESC'
  /** Site order, as in the navigation (the default). */
  | 'SITE'
  /** By title, A to Z. */
  | 'TITLE'
  /** By title, Z to A. */
  | 'TITLE_DESC';

/** Kind of knowledge page. */
/** Where the page's facts come from: an Act in the official collection, a ministry or court page, a commentary. */
export type PageSource = {
  __typename?: 'PageSource';
  /** When an editor last read it; null when not yet checked against it. */
  accessedOn: Maybe<Scalars['Date']['output']>;
  /** What the source is, e.g. the Act. */
  title: Scalars['String']['output'];
  /** Where to read it. */
  url: Scalars['String']['output'];
};

export type PageType =
  /** Guidance on rights, duties and options. */
  | 'GUIDANCE'
  /** A procedure made of ordered steps. */
  | 'PROCEDURE';

/** A number to call or text. */
export type Phone = {
  __typename?: 'Phone';
  /** Who answers or when, if said. */
  description: Scalars['String']['output'];
  /** Free of charge to call. */
  isFree: Scalars['Boolean']['output'];
  /** Answered around the clock. */
  isNonstop: Scalars['Boolean']['output'];
  /** What the number is for. */
  kind: PhoneKind;
  /** What the number is for, worded in the content's language. */
  kindLabel: Scalars['String']['output'];
  /** As dialled in the Czech Republic, e.g. `116 006`. */
  number: Scalars['String']['output'];
  /** A `tel:` link for the number. */
  telUri: Scalars['String']['output'];
};

/** What a phone number is for. */
export type PhoneKind =
  /** Emergency number */
  | 'EMERGENCY'
  /** Helpline */
  | 'HELPLINE'
  /** Text message */
  | 'SMS'
  /** Phone */
  | 'VOICE';

/** Something that happens in a procedure and starts time limits running. */
export type ProcedureEvent = {
  __typename?: 'ProcedureEvent';
  /** Stable code, e.g. `expulsion`. */
  code: Scalars['String']['output'];
  /** e.g. `from the expulsion`. */
  label: Scalars['String']['output'];
  /** Happens at the `start` given to `timeline`; other events have no date. */
  startsTimeline: Scalars['Boolean']['output'];
};

/** A procedure as ordered steps. */
export type ProcedurePage = KnowledgePage & Node & {
  __typename?: 'ProcedurePage';
  /** Breadcrumbs from the home page down to the page's section. */
  ancestors: Array<Breadcrumb>;
  /** How people ask for this page: questions and phrasings in their own words, as editors collected them (e.g. to show as "You may be asking…"); may be empty. */
  askedAs: Array<Scalars['String']['output']>;
  /** Who it is written for. */
  audiences: Array<Audience>;
  /** The body as typed blocks. */
  body: Array<BodyBlock>;
  /** The body rendered as HTML. */
  bodyHtml: Scalars['String']['output'];
  /** Numeric database id of the page in this language. */
  databaseId: Scalars['Int']['output'];
  /** What the steps' time limits count from. */
  events: Array<ProcedureEvent>;
  /** When first published. */
  firstPublishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique id of the page in this language; `page(id:)` and `node(id:)` take it. */
  id: Scalars['ID']['output'];
  /** A diagram or photo for the page, if any. */
  illustration: Maybe<Image>;
  /** True when this page stands in for a translation that does not exist (`page(fallback: true)`): it is in its own `locale`, not the one asked for. */
  isFallback: Scalars['Boolean']['output'];
  /** True for pages only professional keys can read. */
  isProfessionalsOnly: Scalars['Boolean']['output'];
  /** When last published. */
  lastPublishedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the content was last checked. */
  lastReviewed: Scalars['Date']['output'];
  /** Language code. */
  locale: Scalars['String']['output'];
  /** When it must be checked again. */
  nextReviewDue: Scalars['Date']['output'];
  /** The editor responsible, if set. */
  owner: Maybe<ContentOwner>;
  /** Guidance or procedure. */
  pageType: PageType;
  /** Where it applies. */
  regions: Array<Region>;
  /** True when the review date has passed: show a caution. */
  reviewOverdue: Scalars['Boolean']['output'];
  /** Slug (last part of the path). */
  slug: Scalars['String']['output'];
  /** The sources of the page's facts, in the editors' order; may be empty. */
  sources: Array<PageSource>;
  /** The steps, in order. */
  steps: Array<ProcedureStep>;
  /** One or two sentences for lists. */
  summary: Scalars['String']['output'];
  /** The steps with their concrete deadlines for events at `start`; statuses are relative to the time of the request. Not cached, not logged. */
  timeline: Array<TimelineEntry>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Topics. */
  topics: Array<Topic>;
  /** The same for every language version of the page. */
  translationKey: Scalars['String']['output'];
  /** Other language versions the caller may see. */
  translations: Array<Translation>;
  /** Absolute URL on the knowledge base. */
  url: Maybe<Scalars['String']['output']>;
  /** Path as served on the site, e.g. `/en/rights/…/`. */
  urlPath: Maybe<Scalars['String']['output']>;
};


/** A procedure as ordered steps. */
export type ProcedurePageTimelineArgs = {
  start: Scalars['DateTime']['input'];
};

/** One step of a procedure: who acts, by when, and on which legal basis. */
export type ProcedureStep = {
  __typename?: 'ProcedureStep';
  /** Who must act. */
  actor: Actor;
  /** Who must act, worded in the content's language. */
  actorLabel: Scalars['String']['output'];
  /** The step rendered as on the knowledge base. */
  html: Scalars['String']['output'];
  /** Stable id of the step within its page. */
  id: Scalars['ID']['output'];
  /** The provisions behind it. */
  legalBasis: Array<LegalReference>;
  /** 1 for the first step, and so on. */
  position: Scalars['Int']['output'];
  /** Details. */
  text: RichText;
  /** The deadline, if there is one. */
  timeLimit: Maybe<TimeLimit>;
  /** What happens. */
  title: Scalars['String']['output'];
};

/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type Query = {
  __typename?: 'Query';
  /** Every audience, by name. */
  audiences: Maybe<Array<Audience>>;
  /** Titles that complete what the user is typing. */
  autocomplete: Maybe<Array<Suggestion>>;
  /** Pages deleted, unpublished or restricted since a time, that the caller could see before: with `pages(updatedSince:)`, enough to mirror content without webhooks. */
  deletions: Maybe<DeletionConnection>;
  /** Emergency numbers and nonstop helplines, emergency numbers first. */
  emergencyContacts: Maybe<Array<Service>>;
  /** Any page or service by its global id; null when the caller may not see it. */
  node: Maybe<Node>;
  /** One page by id or by path; null when it does not exist or the caller may not see it. With an id, `locale` picks that page's translation. A path that starts with a language prefix (`/en/`) sets the locale. */
  page: Maybe<KnowledgePage>;
  /** Pages the caller may see in one language, in site order unless `order` says. */
  pages: Maybe<KnowledgePageConnection>;
  /** One procedure by slug, with its ordered steps; null when not visible. */
  procedure: Maybe<ProcedurePage>;
  /** Every region, by name. */
  regions: Maybe<Array<Region>>;
  /** Full-text search over pages and services the caller may see. */
  search: Maybe<SearchConnection>;
  /** Active services in one language, by name. */
  services: Maybe<ServiceConnection>;
  /** Every topic, by name; use the codes to filter pages and services. */
  topics: Maybe<Array<Topic>>;
};


/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type QueryAudiencesArgs = {
  locale?: InputMaybe<Locale>;
};


/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type QueryAutocompleteArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
  prefix: Scalars['String']['input'];
};


/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type QueryDeletionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['DateTime']['input'];
};


/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type QueryEmergencyContactsArgs = {
  locale?: InputMaybe<Locale>;
};


/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type QueryPageArgs = {
  fallback?: InputMaybe<Scalars['Boolean']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  locale?: InputMaybe<Locale>;
  previewToken?: InputMaybe<Scalars['String']['input']>;
  urlPath?: InputMaybe<Scalars['String']['input']>;
};


/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type QueryPagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
  order?: InputMaybe<PageOrder>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type QueryProcedureArgs = {
  locale?: InputMaybe<Locale>;
  slug: Scalars['String']['input'];
};


/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type QueryRegionsArgs = {
  locale?: InputMaybe<Locale>;
};


/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
  query: Scalars['String']['input'];
};


/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


/** Guidance, procedures and the services directory of the Intervention Centre Prague knowledge base. */
export type QueryTopicsArgs = {
  locale?: InputMaybe<Locale>;
};

/** An area a page applies to or a service serves. */
export type Region = {
  __typename?: 'Region';
  /** Stable identifier, the same in every language; filter by it. */
  code: Scalars['String']['output'];
  /** Language code of the name. */
  locale: Scalars['String']['output'];
  /** Name in the term's language. */
  name: Scalars['String']['output'];
};

/** Formatted text. Internal links carry `data-page-id` and `data-page-slug` attributes so partners can point them at their own pages. */
export type RichText = {
  __typename?: 'RichText';
  /** HTML fragment (p, h2, h3, ul, ol, strong, em, a). */
  html: Scalars['String']['output'];
  /** Links, in order. */
  links: Array<RichTextLink>;
  /** The same as plain text. */
  text: Scalars['String']['output'];
};

/** A link inside rich text. Links to content the caller may not see are not listed (their text stays in the HTML, without the link). */
export type RichTextLink = {
  __typename?: 'RichTextLink';
  /** The target page; null for external links. */
  page: Maybe<LinkedPage>;
  /** The link's text. */
  text: Scalars['String']['output'];
  /** Where it points (absolute for pages). */
  url: Scalars['String']['output'];
};

/** Search results, best first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** `engine`, or `database` when answered without the engine. */
  backend: Scalars['String']['output'];
  /** Contains the nodes in this connection. */
  edges: Array<SearchEdge>;
  /** When nothing matches: emergency numbers and nonstop helplines. */
  emergencyContacts: Array<Service>;
  /** When nothing matches: the sections of the asked language to start from. */
  entryPages: Array<EntryPage>;
  /** Facet counts. */
  facets: Array<Facet>;
  /** Words of the query that the results shown do not contain. */
  ignoredWords: Array<Scalars['String']['output']>;
  /** `all` when the results contain every word; `most` when too little matched all of them and results with most of the words are shown. */
  matchMode: Scalars['String']['output'];
  /** When another language has the answer: which, and how many results. Null otherwise. */
  otherLocaleHint: Maybe<OtherLocaleHint>;
  /** Pagination data for this connection. */
  pageInfo: PageInfo;
  /** A corrected query to offer ("Did you mean …"). */
  suggestion: Maybe<Scalars['String']['output']>;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
  /** Features this answer lacks (e.g. when the engine is down). */
  unavailableFeatures: Array<Scalars['String']['output']>;
};

/** A Relay edge containing a `Search` and its cursor. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** Where the query matched. */
  highlights: Array<Highlight>;
  /** The item at the end of the edge */
  node: SearchHit;
  /** Relevance score; only comparable within one search. */
  score: Maybe<Scalars['Float']['output']>;
};

/** The answer to searchFeedback. */
export type SearchFeedbackPayload = {
  __typename?: 'SearchFeedbackPayload';
  /** Whether it was counted (false when no word of the query may be stored). */
  recorded: Scalars['Boolean']['output'];
};

/** Narrows a search. Values within one filter are alternatives; different filters must all match. */
export type SearchFilter = {
  /** Audience codes. */
  audience?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Region codes. */
  region?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Topic codes. */
  topic?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Kinds of result. */
  type?: InputMaybe<Array<SearchType>>;
};

/** A page or service that matches a search. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** Numeric database id of the page or service. */
  databaseId: Scalars['Int']['output'];
  /** Global id of the page or service (unique across both); `node(id:)` returns it. */
  id: Scalars['ID']['output'];
  /** True for content only professional keys can read. */
  isProfessionalsOnly: Scalars['Boolean']['output'];
  /** Page or service. */
  kind: SearchHitKind;
  /** When the content was last checked. */
  lastReviewed: Maybe<Scalars['Date']['output']>;
  /** Language code. */
  locale: Scalars['String']['output'];
  /** The full page, for page hits. */
  page: Maybe<KnowledgePage>;
  /** `guidance`, `procedure` or `service`. */
  pageType: Scalars['String']['output'];
  /** Placed first by the editors. */
  promoted: Scalars['Boolean']['output'];
  /** The full service, for service hits. */
  service: Maybe<Service>;
  /** Short description for the result list. */
  summary: Scalars['String']['output'];
  /** Title or service name. */
  title: Scalars['String']['output'];
  /** The same for every language version. */
  translationKey: Scalars['String']['output'];
  /** Absolute URL where to read it on the knowledge base; null for services, which have no page there (see `service { url }`). */
  url: Maybe<Scalars['String']['output']>;
};

/** What a search hit is. */
export type SearchHitKind =
  /** A guidance or procedure page. */
  | 'PAGE'
  /** A service from the directory. */
  | 'SERVICE';

/** What became of a search. */
export type SearchOutcome =
  /** The reader said no result helped. */
  | 'NOT_HELPFUL'
  /** The reader opened a result of the search. */
  | 'OPENED';

/** Kinds of search result. */
export type SearchType =
  /** Guidance pages. */
  | 'GUIDANCE'
  /** Procedure pages. */
  | 'PROCEDURE'
  /** Services from the directory. */
  | 'SERVICE';

/** A follow-up service (shaped after Open Referral HSDS 3.0). */
export type Service = Node & {
  __typename?: 'Service';
  /** How people ask for this service: questions and phrasings in their own words, as editors collected them; may be empty. */
  askedAs: Array<Scalars['String']['output']>;
  /** Who it serves. */
  audiences: Array<Audience>;
  /** Kind of help. */
  category: ServiceCategory;
  /** The kind of help, worded in the content's language. */
  categoryLabel: Scalars['String']['output'];
  /** Stable identifier across languages. */
  code: Scalars['String']['output'];
  /** What it costs. */
  cost: Cost;
  /** Numeric database id of the service in this language. */
  databaseId: Scalars['Int']['output'];
  /** What the service does. */
  description: Scalars['String']['output'];
  /** Who it is for. */
  eligibility: Eligibility;
  /** Contact e-mail of the service, if any. */
  email: Maybe<Scalars['String']['output']>;
  /** Globally unique id of the service in this language; `node(id:)` takes it. */
  id: Scalars['ID']['output'];
  /** Open around the clock. */
  isNonstop: Scalars['Boolean']['output'];
  /** Open at the time of the request; null when the opening hours are unknown. */
  isOpenNow: Maybe<Scalars['Boolean']['output']>;
  /** Languages spoken (ISO 639-1). */
  languages: Array<Scalars['String']['output']>;
  /** When the contact details were last checked. */
  lastVerified: Scalars['Date']['output'];
  /** Language code of the texts. */
  locale: Scalars['String']['output'];
  /** Addresses; empty for secret shelters. */
  locations: Array<Location>;
  /** Name of the service. */
  name: Scalars['String']['output'];
  /** True while a number or address could not be confirmed. */
  needsVerification: Scalars['Boolean']['output'];
  /** Opening hours; empty when nonstop. */
  openingHours: Array<OpeningHours>;
  /** Who runs it. */
  organization: Organization;
  /** Numbers, in the order editors gave. */
  phones: Array<Phone>;
  /** Regions served. */
  serviceAreas: Array<Region>;
  /** Topics it helps with. */
  topics: Array<Topic>;
  /** Web page of the service, if any. */
  url: Maybe<Scalars['String']['output']>;
};

/** What kind of help a service gives. */
export type ServiceCategory =
  /** Child protection */
  | 'CHILD_PROTECTION'
  /** Counselling */
  | 'COUNSELLING'
  /** Emergency number */
  | 'EMERGENCY'
  /** Financial help */
  | 'FINANCIAL'
  /** Helpline */
  | 'HELPLINE'
  /** Intervention centre */
  | 'INTERVENTION_CENTRE'
  /** Legal help */
  | 'LEGAL'
  /** Shelter */
  | 'SHELTER';

/** A page of services. */
export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  /** Contains the nodes in this connection. */
  edges: Array<ServiceEdge>;
  /** Pagination data for this connection. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Relay edge containing a `Service` and its cursor. */
export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Service;
};

/** Narrows the services directory. Values within one filter are alternatives; different filters must all match. */
export type ServiceFilter = {
  /** Audience codes. */
  audience?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Kinds of help. */
  category?: InputMaybe<Array<ServiceCategory>>;
  /** Languages spoken (ISO 639-1), e.g. `uk`. */
  language?: InputMaybe<Array<Scalars['String']['input']>>;
  /** True: open right now; false: closed right now. Services whose opening hours are unknown match neither. */
  openNow?: InputMaybe<Scalars['Boolean']['input']>;
  /** Region codes served; services for the whole country serve every region. */
  region?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One item of a numbered list of steps. */
export type SimpleStep = {
  __typename?: 'SimpleStep';
  /** Details, if any. */
  text: Maybe<RichText>;
  /** What to do. */
  title: Scalars['String']['output'];
};

/** A numbered list of simple steps (not a statutory procedure). */
export type StepsBlock = ContentBlock & {
  __typename?: 'StepsBlock';
  /** The block rendered as on the knowledge base. */
  html: Scalars['String']['output'];
  /** Stable id of the block within its page. */
  id: Scalars['ID']['output'];
  /** The steps, in order. */
  steps: Array<SimpleStep>;
};

/** An autocomplete suggestion. */
export type Suggestion = {
  __typename?: 'Suggestion';
  /** Numeric database id of the page or service. */
  databaseId: Scalars['Int']['output'];
  /** Global id of the page or service (unique across both); `node(id:)` takes it. */
  id: Scalars['ID']['output'];
  /** Page or service. */
  kind: SearchHitKind;
  /** The suggested title. */
  text: Scalars['String']['output'];
  /** Absolute URL it leads to on the knowledge base; null for services. */
  url: Maybe<Scalars['String']['output']>;
};

/** A passage of formatted text. */
export type TextBlock = ContentBlock & {
  __typename?: 'TextBlock';
  /** The block rendered as on the knowledge base. */
  html: Scalars['String']['output'];
  /** Stable id of the block within its page. */
  id: Scalars['ID']['output'];
  /** The text. */
  text: RichText;
};

/** A statutory time limit, as data. */
export type TimeLimit = {
  __typename?: 'TimeLimit';
  /** How many units, e.g. 24. */
  amount: Scalars['Int']['output'];
  /** From the exact moment, or by calendar days (the event's day not counted). */
  counting: Counting;
  /** What the limit counts from: the code of one of the procedure's `events`, or `step:<position>` for another step's deadline. */
  countsFrom: Scalars['String']['output'];
  /** A last day on a Saturday, Sunday or public holiday moves to the next working day. */
  movesToWorkingDay: Scalars['Boolean']['output'];
  /** The rule has not been verified against the current Act. */
  needsVerification: Scalars['Boolean']['output'];
  /**
   * When the time starts running, e.g. `from entering the dwelling`.
   * @deprecated Use `countsFrom` and the procedure's `events`; this is the label.
   */
  startsFrom: Maybe<Scalars['String']['output']>;
  /** Hours, days, weeks or months. */
  unit: TimeUnit;
  /** The unit, worded in the content's language. */
  unitLabel: Scalars['String']['output'];
};

/** Unit of a statutory time limit. */
export type TimeUnit =
  /** days */
  | 'DAYS'
  /** hours */
  | 'HOURS'
  /** months */
  | 'MONTHS'
  /** weeks */
  | 'WEEKS';

/** One step of a procedure with its concrete deadline for a given start. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** When the time limit ends, with the Europe/Prague offset. Limits in days end at the end of their last day, given as 23:59:59. Null without a date. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** The last day before it moved to the next working day (Saturday, Sunday or a Czech public holiday); null when it did not move. */
  movedFromDate: Maybe<Scalars['Date']['output']>;
  /** The rule has not been verified against the current Act: check it. */
  needsVerification: Scalars['Boolean']['output'];
  /** The counting rule used, in the page's language. Null without a limit. */
  rule: Maybe<Scalars['String']['output']>;
  /** What the limit counts from, as a label. */
  startsFrom: Maybe<Scalars['String']['output']>;
  /** Passed, due within 24 hours, later or undated. */
  status: DeadlineStatus;
  /** The step. */
  step: ProcedureStep;
};

/** A subject guidance and services are filed under, e.g. expulsion. */
export type Topic = {
  __typename?: 'Topic';
  /** Stable identifier, the same in every language; filter by it. */
  code: Scalars['String']['output'];
  /** What the topic covers. */
  description: Scalars['String']['output'];
  /** Language code of the name. */
  locale: Scalars['String']['output'];
  /** Name in the term's language. */
  name: Scalars['String']['output'];
};

/** The same page in another language (only versions the caller may see). */
export type Translation = {
  __typename?: 'Translation';
  /** Database id of the translated page. */
  id: Scalars['ID']['output'];
  /** Its language code. */
  locale: Scalars['String']['output'];
  /** Its slug. */
  slug: Scalars['String']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
  /** Its absolute URL on the knowledge base. */
  url: Maybe<Scalars['String']['output']>;
  /** Its path as served on the site. */
  urlPath: Maybe<Scalars['String']['output']>;
};

export type ProcedureStepsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  locale: Locale;
}>;


export type ProcedureStepsQuery = { __typename?: 'Query', procedure: { __typename?: 'ProcedurePage', id: string, title: string, url: string | null, reviewOverdue: boolean, lastReviewed: string, steps: Array<{ __typename?: 'ProcedureStep', position: number, actor: Actor, actorLabel: string, title: string, timeLimit: { __typename?: 'TimeLimit', amount: number, unit: TimeUnit, unitLabel: string, startsFrom: string | null } | null, text: { __typename?: 'RichText', html: string, text: string }, legalBasis: Array<{ __typename?: 'LegalReference', citation: string, officialUrl: string | null }> }> } | null };

export type SearchKnowledgeBaseQueryVariables = Exact<{
  query: Scalars['String']['input'];
  locale: Locale;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchKnowledgeBaseQuery = { __typename?: 'Query', search: { __typename?: 'SearchConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'SearchEdge', node: { __typename?: 'SearchHit', id: string, kind: SearchHitKind, title: string, url: string | null, summary: string } }> } | null };

export type ChangesSinceQueryVariables = Exact<{
  since: Scalars['DateTime']['input'];
  locale: Locale;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChangesSinceQuery = { __typename?: 'Query', pages: { __typename?: 'KnowledgePageConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'KnowledgePageEdge', node: { __typename?: 'GuidancePage', id: string, databaseId: number, title: string, url: string | null, lastPublishedAt: string | null } | { __typename?: 'ProcedurePage', id: string, databaseId: number, title: string, url: string | null, lastPublishedAt: string | null } }> } | null, deletions: { __typename?: 'DeletionConnection', edges: Array<{ __typename?: 'DeletionEdge', node: { __typename?: 'Deletion', id: string, reason: DeletionReason, occurredAt: string } }> } | null };
