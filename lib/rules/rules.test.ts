// Every rule's own examples run through the real matcher, and conventions every rule must keep:
// examples of both kinds, a unique id, a description a reader can understand, a known group.
import { describe, expect, test } from 'vitest';
import { ruleFires } from '../engine/match';
import { normalize } from '../engine/normalize';
import { describeRule, RULE_GROUPS, RULES } from './index';
import { TRIGGERS } from './lexicon';

const matchCases = RULES.flatMap((r) => r.examples.match.map((s) => [r.id, s] as const));
const noMatchCases = RULES.flatMap((r) => r.examples.noMatch.map((s) => [r.id, s] as const));
const byId = new Map(RULES.map((r) => [r.id, r]));

describe('rule examples', () => {
  test.each(matchCases)('%s fires on: %s', (id, sentence) => {
    expect(ruleFires(byId.get(id)!, normalize(sentence))).toBe(true);
  });
  test.each(matchCases)('%s example passes the cheap pre-pass: %s', (_id, sentence) => {
    expect(TRIGGERS.test(normalize(sentence))).toBe(true);
  });
  test.each(noMatchCases)('%s stays quiet on: %s', (id, sentence) => {
    expect(ruleFires(byId.get(id)!, normalize(sentence))).toBe(false);
  });
});

describe('rule conventions', () => {
  test.each(RULES.map((r) => [r.id, r] as const))(
    '%s has examples, a description and a group',
    (_id, rule) => {
      expect(rule.examples.match.length).toBeGreaterThan(0);
      expect(rule.examples.noMatch.length).toBeGreaterThan(0);
      expect(rule.description.trim().length).toBeGreaterThan(20);
      expect(RULE_GROUPS.map((g) => g.id)).toContain(rule.group);
      expect(rule.patterns.length + (rule.match?.length ?? 0) + (rule.check ? 1 : 0)).toBeGreaterThan(0);
    },
  );
  test('rule ids are unique', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  test('every group has a label, a description and at least one rule', () => {
    for (const g of RULE_GROUPS) {
      expect(g.label.trim()).not.toBe('');
      expect(g.description.trim()).not.toBe('');
      expect(RULES.some((r) => r.group === g.id)).toBe(true);
    }
  });
  test('describeRule gives the reader-facing description, or the id when unknown', () => {
    expect(describeRule('moat-absent')).toMatch(/moat/);
    expect(describeRule('no-such-rule')).toBe('no-such-rule');
  });
  test('every rule with compromise patterns has a hint its examples pass (the sweep pre-filter)', () => {
    for (const r of RULES.filter((x) => x.match?.length)) {
      expect(r.matchHint).toBeDefined();
      for (const s of r.examples.match) expect(r.matchHint!.test(s)).toBe(true);
    }
  });
  test('no pattern is global or sticky (exec must not keep state between sentences)', () => {
    for (const r of RULES) for (const p of r.patterns) expect(p.flags).not.toMatch(/[gy]/);
  });
});
