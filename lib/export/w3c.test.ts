// Every annotation we export must pass every assertion of the W3C Web Annotation test suite's
// annotationMusts.test (and the collection its collectionMusts.test). The suite's schemas are JSON
// Schema draft-04; Ajv 8 speaks draft-07, so they are loaded with the few draft-04 spellings
// translated (`id` → `$id`, boolean exclusiveMinimum → numeric) and the two formats they use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../engine/types';
import { corpusRecords } from './fixtures';
import { hostileRecords } from './hostile';
import { annotationId } from './ids';
import { toAnnotationCollection, toW3c, type WebAnnotation } from './w3c';

const SUITE = join(process.cwd(), '../shared/w3c-annotation-tests');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** draft-04 → draft-07: only the keywords these schemas use differently. */
function fromDraft04(node: Json, top = true): Json {
  if (Array.isArray(node)) return node.map((n) => fromDraft04(n, false));
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema') continue;
    if (key === 'id' && top && typeof value === 'string') out.$id = value;
    else if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      // Children here are named sub-schemas: a property literally called "id" stays a property.
      out[key] = Object.fromEntries(
        Object.entries(value as { [key: string]: Json }).map(([k, v]) => [k, fromDraft04(v, false)]),
      );
    } else out[key] = fromDraft04(value, false);
  }
  for (const bound of ['Minimum', 'Maximum'] as const) {
    if (out[`exclusive${bound}`] === true) {
      out[`exclusive${bound}`] = out[bound.toLowerCase()] ?? 0;
      delete out[bound.toLowerCase()];
    } else if (out[`exclusive${bound}`] === false) delete out[`exclusive${bound}`];
  }
  return out;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;

// RFC 3986 URI (scheme required) and RFC 3339 date-time, as ajv-formats defines them.
const URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/i;

function loadSuite(testFile: string): { name: string; validate: ValidateFunction }[] {
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
  ajv.addFormat('uri', URI);
  ajv.addFormat('date-time', (s: string) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)));
  for (const file of readdirSync(join(SUITE, 'definitions'))) {
    ajv.addSchema(fromDraft04(readJson(join(SUITE, 'definitions', file))) as object);
  }
  const manifest = readJson(join(SUITE, testFile)) as { assertions: string[] };
  return manifest.assertions.map((path) => {
    const schema = fromDraft04(readJson(join(SUITE, path))) as { $id?: string };
    // Assertion files reuse ids across folders; key each by its path (flattened, so relative
    // refs such as "annotations.json#..." still resolve to the definitions) so none shadows another.
    schema.$id = path.replace(/\//g, '__');
    return { name: path, validate: ajv.compile(schema) };
  });
}

const annotationMusts = loadSuite('annotations/annotationMusts.test');
const collectionMusts = loadSuite('collections/collectionMusts.test');

function failures(suite: typeof annotationMusts, doc: unknown): string[] {
  return suite
    .filter(({ validate }) => !validate(doc))
    .map(({ name, validate }) => `${name}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
}

const corpus = corpusRecords();
const hostile = hostileRecords();
const annotationsOf = (records: ArticleRecord[]): WebAnnotation[] =>
  toAnnotationCollection(records).first?.items ?? [];

describe('W3C Web Annotation export', () => {
  test('the suite loads every must-assertion', () => {
    expect(annotationMusts.length).toBe(54);
    expect(collectionMusts.length).toBe(10);
  });

  test.each([
    ['corpus', corpus],
    ['hostile', hostile],
  ])('every %s annotation passes all annotationMusts assertions', (_name, records) => {
    const items = annotationsOf(records);
    expect(items.length).toBe(records.reduce((n, r) => n + r.claims.length, 0));
    for (const annotation of items) expect(failures(annotationMusts, annotation)).toEqual([]);
  });

  test.each([
    ['corpus', corpus],
    ['hostile', hostile],
    ['empty', []],
  ])('the %s collection passes all collectionMusts assertions', (_name, records) => {
    expect(failures(collectionMusts, JSON.parse(toW3c(records)))).toEqual([]);
  });

  test('a broken annotation fails the suite (the validator is not vacuous)', () => {
    const [good] = annotationsOf(corpus);
    const broken = [
      { ...good, '@context': 'http://example.com/ctx' },
      { ...good, id: 'not a uri' },
      { ...good, created: 'yesterday' },
      { ...good, target: undefined },
      { ...good, body: [{ type: 'TextualBody', value: 'x', source: 'http://example.com/' }] },
      {
        ...good,
        target: {
          source: good!.target.source,
          selector: [{ type: 'TextPositionSelector', start: -1, end: 2 }],
        },
      },
      {
        ...good,
        target: { source: good!.target.source, selector: [{ type: 'TextQuoteSelector', prefix: 'x' }] },
      },
    ];
    for (const doc of broken)
      expect(failures(annotationMusts, doc), JSON.stringify(doc).slice(-120)).not.toEqual([]);
  });

  test('one annotation per claim, anchored by quote and position, labels and actors as tags', () => {
    const record = corpus.find((r) => r.claims.some((c) => c.actors.length && c.attribution))!;
    const claim = record.claims.find((c) => c.actors.length && c.attribution)!;
    const annotation = annotationsOf([record]).find((a) => a.id === annotationId(record.url, claim.id))!;
    expect(annotation.motivation).toBe('classifying');
    expect(annotation.created).toBe(record.savedAt);
    expect(annotation.target.source).toBe(new URL(record.url).href);
    expect(annotation.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: claim.text });
    expect(annotation.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: claim.position.start,
      end: claim.position.end,
    });
    const tags = annotation.body.filter((b) => b.purpose === 'tagging').map((b) => b.value);
    expect(tags).toEqual(
      expect.arrayContaining([
        ...claim.labels.map((l) => `${l.category}:${l.direction}`),
        `certainty:${claim.certainty}`,
        `attribution:${claim.attribution}`,
        ...claim.actors.map((a) => `actor:${a}`),
      ]),
    );
    expect(annotation.body.filter((b) => b.purpose === 'describing')).toHaveLength(1);
  });

  test('ids are stable urn:uuids, distinct per claim and per page', () => {
    const ids = annotationsOf(corpus).map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(annotationId('https://a.example/x', 'c1')).toBe(annotationId('https://a.example/x', 'c1'));
    expect(annotationId('https://a.example/x', 'c1')).not.toBe(annotationId('https://a.example/y', 'c1'));
    expect(toW3c(corpus)).toBe(toW3c(corpusRecords()));
  });
});
