// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as JSON-LD: one Annotation per
// claim, so other annotation tools (Hypothesis-style stores, Recogito, ...) can read our claims.
//
// We emit one AnnotationCollection holding its single AnnotationPage inline, rather than a bare
// array: a bare array is not a JSON-LD document the model defines, while a collection is
// self-describing (a `label`, a `total`) and loads as one resource. Each annotation still carries
// its own `@context`, so any item cut out of the page (`jq '.first.items[]'`) is a complete,
// valid annotation on its own; a test checks every one against the W3C test suite's schemas.
//
// Each annotation:
// - `id`: a urn:uuid derived from page URL + claim id (ids.ts), stable across exports;
// - `motivation` "classifying": the annotation assigns the sentence to categories;
// - `created`: when the article was annotated (the record's savedAt);
// - `target`: the page URL with a TextQuoteSelector (what it says) and a TextPositionSelector.
//   NOTE: the position offsets count UTF-16 code units into the article text that Claimscope's
//   extraction produced (lib/dom), not into the page's whole text content, so a consumer should
//   anchor by the quote first and use the position only to choose between repeated quotes;
// - `body`: a "describing" TextualBody with a readable summary, then "tagging" TextualBodies:
//   one per label (`moat:eroding`), `certainty:hedged`, `attribution:<source>`, `actor:<name>`.
import type { ArticleRecord, SavedClaim } from '../engine/types';
import { labelTags, summarize } from './describe';
import { annotationId, uuidFor } from './ids';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

interface TextualBody {
  type: 'TextualBody';
  purpose: 'describing' | 'tagging';
  value: string;
  format?: 'text/plain';
}

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'classifying';
  created: string;
  generator: { type: 'Software'; name: 'Claimscope' };
  body: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const tag = (value: string): TextualBody => ({ type: 'TextualBody', purpose: 'tagging', value });

function bodiesFor(claim: SavedClaim): TextualBody[] {
  return [
    { type: 'TextualBody', purpose: 'describing', value: summarize(claim), format: 'text/plain' },
    ...labelTags(claim).map(tag),
    tag(`certainty:${claim.certainty}`),
    ...(claim.attribution ? [tag(`attribution:${claim.attribution}`)] : []),
    ...claim.actors.map((actor) => tag(`actor:${actor}`)),
  ];
}

/** The page URL as an IRI: percent-encoded by the URL parser, as the model's "uri" format needs. */
function sourceIri(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

export function toAnnotation(record: ArticleRecord, claim: SavedClaim): WebAnnotation {
  return {
    '@context': ANNO_CONTEXT,
    id: annotationId(record.url, claim.id),
    type: 'Annotation',
    motivation: 'classifying',
    created: record.savedAt,
    generator: { type: 'Software', name: 'Claimscope' },
    body: bodiesFor(claim),
    target: {
      source: sourceIri(record.url),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: claim.quote.exact,
          prefix: claim.quote.prefix,
          suffix: claim.quote.suffix,
        },
        { type: 'TextPositionSelector', start: claim.position.start, end: claim.position.end },
      ],
    },
  };
}

export function toAnnotationCollection(records: readonly ArticleRecord[]): AnnotationCollection {
  const items = records.flatMap((r) => r.claims.map((c) => toAnnotation(r, c)));
  // The collection's id names its content, so the same records always give the same document.
  const id = uuidFor(items.map((a) => a.id).join('\n'));
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Claimscope annotations',
    total: items.length,
    ...(items.length
      ? { first: { id: `${id}#page1`, type: 'AnnotationPage' as const, startIndex: 0 as const, items } }
      : {}),
  };
}

export function toW3c(records: readonly ArticleRecord[]): string {
  return `${JSON.stringify(toAnnotationCollection(records), null, 2)}\n`;
}
