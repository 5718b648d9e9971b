import { describe, expect, test } from 'vitest';
import { LINKS_PER_CLAIM, linkStrength, linkWithin, relate, sharedActors } from './link';
import type { Claim, Label } from './types';

function claim(id: string, labels: Label[], actors: string[] = []): Claim {
  return {
    id,
    text: id,
    start: 0,
    end: 1,
    labels,
    certainty: 'asserted',
    attribution: null,
    actors,
    score: 1,
    rules: [],
  };
}
const eroding: Label = { category: 'moat', direction: 'eroding' };
const strengthening: Label = { category: 'moat', direction: 'strengthening' };
const closing: Label = { category: 'open_source_parity', direction: 'closing' };

describe('relate', () => {
  test.each([
    ['same direction corroborates', [eroding], [eroding], 'corroborates'],
    ['opposite directions contradict', [eroding], [strengthening], 'contradicts'],
  ] as const)('%s', (_name, a, b, relation) => {
    expect(relate(claim('a', [...a]), claim('b', [...b]))).toMatchObject([{ from: 'a', to: 'b', relation }]);
  });
  test('claims with no category in common do not relate', () => {
    expect(relate(claim('a', [eroding]), claim('b', [closing]))).toEqual([]);
  });
  test('shared actors make the link stronger, "Google" ~ "Google DeepMind", possessives dropped', () => {
    expect(sharedActors(["Meta's", 'Google'], ['Meta', 'Google DeepMind'])).toBe(2);
    const weak = relate(claim('a', [eroding]), claim('b', [eroding]))[0]!;
    const strong = relate(claim('a', [eroding], ['OpenAI']), claim('b', [eroding], ['OpenAI']))[0]!;
    expect(strong.strength).toBeGreaterThan(weak.strength);
    expect(strong.strength).toBe(linkStrength(1));
  });
});

describe('linkWithin', () => {
  test('each pair once, in document order', () => {
    const links = linkWithin([claim('a', [eroding]), claim('b', [strengthening]), claim('c', [eroding])]);
    expect(links.map((l) => `${l.from}-${l.to}:${l.relation}`)).toEqual([
      'a-b:contradicts',
      'a-c:corroborates',
      'b-c:contradicts',
    ]);
  });
  test('a long article keeps each claim to its strongest links, preferring shared actors', () => {
    const claims = Array.from({ length: 400 }, (_, i) =>
      claim(`c${i}`, [eroding], i % 100 === 0 ? ['Mistral'] : []),
    );
    const links = linkWithin(claims);
    expect(links.length).toBeLessThanOrEqual(claims.length * LINKS_PER_CLAIM);
    // c0 and c300 are far apart but both name Mistral: that link survives
    expect(links.some((l) => l.from === 'c0' && l.to === 'c300')).toBe(true);
  });
});

describe('linkWithin at scale', () => {
  test('one actor named by every claim still yields a bounded number of links', () => {
    const claims = Array.from({ length: 3000 }, (_, i) => claim(`c${i}`, [eroding], ['OpenAI']));
    const links = linkWithin(claims);
    expect(links.length).toBeLessThanOrEqual(claims.length * LINKS_PER_CLAIM);
    expect(new Set(links.map((l) => `${l.from}-${l.to}`)).size).toBe(links.length);
  });
});
