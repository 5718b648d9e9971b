import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  normaliseHost,
  parseSettings,
  type Settings,
  siteRuleFor,
  withGroup,
  withSiteActive,
} from './settings';

const make = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('normaliseHost', () => {
  test.each([
    ['https://www.Example.com/news/a?b=1', 'example.com'],
    ['example.com', 'example.com'],
    ['news.example.co.uk:8080', 'news.example.co.uk'],
    ['  WWW.ft.com  ', 'ft.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['', null],
    ['not a host', null],
    ['http://', null],
  ])('%j → %j', (input, expected) => {
    expect(normaliseHost(input)).toBe(expected);
  });
});

describe('isActiveOn', () => {
  test.each<[string, Partial<Settings>, string, boolean]>([
    ['on by default', {}, 'example.com', true],
    ['global switch off wins', { enabled: false }, 'example.com', false],
    ['denied site', { sites: { 'example.com': 'deny' } }, 'example.com', false],
    ['deny covers subdomains', { sites: { 'example.com': 'deny' } }, 'news.example.com', false],
    ['deny ignores look-alike hosts', { sites: { 'example.com': 'deny' } }, 'notexample.com', true],
    ['www. is the same site', { sites: { 'example.com': 'deny' } }, 'www.example.com', false],
    [
      'the nearest rule wins',
      { sites: { 'example.com': 'deny', 'news.example.com': 'allow' } },
      'news.example.com',
      true,
    ],
    ['allowlist: unlisted site is off', { mode: 'allowlist' }, 'example.com', false],
    [
      'allowlist: allowed site is on',
      { mode: 'allowlist', sites: { 'example.com': 'allow' } },
      'a.example.com',
      true,
    ],
    [
      'allowlist: global switch still wins',
      { mode: 'allowlist', enabled: false, sites: { 'example.com': 'allow' } },
      'example.com',
      false,
    ],
  ])('%s', (_name, over, host, expected) => {
    expect(isActiveOn(make(over), host)).toBe(expected);
  });
});

describe('withSiteActive (the popup switch)', () => {
  test.each<[string, Partial<Settings>, string, boolean, Settings['sites']]>([
    ['turning off adds a deny rule', {}, 'www.example.com', false, { 'example.com': 'deny' }],
    ['turning on drops the deny rule', { sites: { 'example.com': 'deny' } }, 'example.com', true, {}],
    [
      'turning on a subdomain of a denied parent lifts the parent',
      { sites: { 'example.com': 'deny' } },
      'news.example.com',
      true,
      {},
    ],
    [
      'turning on in allowlist mode adds an allow rule',
      { mode: 'allowlist' },
      'example.com',
      true,
      { 'example.com': 'allow' },
    ],
  ])('%s', (_name, over, host, active, sites) => {
    const next = withSiteActive(make(over), host, active);
    expect(next.sites).toEqual(sites);
    expect(isActiveOn(next, host)).toBe(active);
  });
});

test('siteRuleFor returns undefined for unlisted hosts', () => {
  expect(siteRuleFor(DEFAULT_SETTINGS, 'example.com')).toBeUndefined();
});

test('withGroup toggles a group without duplicates', () => {
  const off = withGroup(withGroup(DEFAULT_SETTINGS, 'hedges', false), 'hedges', false);
  expect(off.disabledGroups).toEqual(['hedges']);
  expect(withGroup(off, 'hedges', true).disabledGroups).toEqual([]);
});

describe('parseSettings fills what storage lacks', () => {
  test.each<[string, unknown, Partial<Settings>]>([
    ['nothing stored', undefined, {}],
    ['garbage', 'nope', {}],
    ['partial object', { enabled: false }, { enabled: false }],
    ['bad colour falls back', { colours: { moat: { light: 'red' } } }, {}],
    [
      'bad site rule dropped',
      { sites: { 'example.com': 'maybe', 'ft.com': 'deny' } },
      { sites: { 'ft.com': 'deny' } },
    ],
    ['unknown mode becomes all', { mode: 'some' }, {}],
  ])('%s', (_name, raw, over) => {
    expect(parseSettings(raw)).toEqual(make(over));
  });
});
