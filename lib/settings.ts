// The reader's settings: one object in browser.storage.local, versioned through WXT's storage so
// later shapes can migrate. Pure helpers first (tested in Node), the storage item last.
import type { WxtStorageItem } from 'wxt/utils/storage';
import { CATEGORIES, type Category } from './engine/types';

export type SiteRule = 'allow' | 'deny';
/** 'all': every site except those denied; 'allowlist': only the sites allowed. */
export type SiteMode = 'all' | 'allowlist';

/** A highlight colour for pages with a light background and one for dark pages. */
export interface CategoryColour {
  light: string;
  dark: string;
}

export interface Settings {
  /** The global switch: off means no scanning and no highlights anywhere. */
  enabled: boolean;
  /** Keyed by host name without a leading "www."; a rule also covers the host's subdomains. */
  sites: Record<string, SiteRule>;
  mode: SiteMode;
  /** Which categories are highlighted in pages (the side panel still lists them all). */
  categories: Record<Category, boolean>;
  colours: Record<Category, CategoryColour>;
  /** Rule groups (lib/rules RULE_GROUPS ids) the reader switched off. */
  disabledGroups: string[];
}

// Light colours are pale fills behind dark text; dark ones are deep fills behind light text, so
// page text keeps its contrast either way. Hues differ in lightness too, for colour-blind readers.
export const DEFAULT_COLOURS: Record<Category, CategoryColour> = {
  moat: { light: '#ffe08a', dark: '#6b5200' },
  consolidation: { light: '#c7dcff', dark: '#24467a' },
  open_source_parity: { light: '#c8f0cf', dark: '#1e5c33' },
};

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  sites: {},
  mode: 'all',
  categories: { moat: true, consolidation: true, open_source_parity: true },
  colours: DEFAULT_COLOURS,
  disabledGroups: [],
};

/**
 * The host a site rule is keyed by: accepts "https://www.Example.com/a", "example.com:8080" or a
 * bare host; lower-cased, "www." dropped. Null when the input names no plausible host.
 */
export function normaliseHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let host: string;
  try {
    host = new URL(text).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  // A host is labels of letters, digits and hyphens (IDNs arrive punycoded from URL), or an IP.
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) && !/^\[[0-9a-f:]+\]$/.test(host)) return null;
  return host;
}

/** The rule that applies to a host: its own, else its nearest parent domain's. */
export function siteRuleFor(settings: Settings, host: string): SiteRule | undefined {
  const name = normaliseHost(host);
  if (!name) return undefined;
  let best: string | undefined;
  for (const key of Object.keys(settings.sites)) {
    if ((name === key || name.endsWith(`.${key}`)) && (!best || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : settings.sites[best];
}

/** Whether Claimscope reads and highlights pages on this host. */
export function isActiveOn(settings: Settings, host: string): boolean {
  if (!settings.enabled) return false;
  const rule = siteRuleFor(settings, host);
  if (rule === 'deny') return false;
  return settings.mode === 'all' || rule === 'allow';
}

/** Settings with the host's rule set (or removed when rule is null). */
export function withSiteRule(settings: Settings, host: string, rule: SiteRule | null): Settings {
  const name = normaliseHost(host);
  if (!name) return settings;
  const sites = { ...settings.sites };
  if (rule) sites[name] = rule;
  else delete sites[name];
  return { ...settings, sites };
}

/**
 * The popup's "this site" switch: turn the host on or off with the smallest change — drop a deny
 * rule rather than add an allow rule where that is enough, so the list stays short.
 */
export function withSiteActive(settings: Settings, host: string, active: boolean): Settings {
  const name = normaliseHost(host);
  if (!name) return settings;
  if (!active) return withSiteRule(settings, name, 'deny');
  let next = settings;
  // Remove deny rules on the host and on any parent domain that would still block it.
  for (const key of Object.keys(settings.sites)) {
    if ((name === key || name.endsWith(`.${key}`)) && settings.sites[key] === 'deny') {
      next = withSiteRule(next, key, null);
    }
  }
  if (!isActiveOn({ ...next, enabled: true }, name)) next = withSiteRule(next, name, 'allow');
  return next;
}

export function withCategory(settings: Settings, category: Category, on: boolean): Settings {
  return { ...settings, categories: { ...settings.categories, [category]: on } };
}

export function withColour(
  settings: Settings,
  category: Category,
  scheme: keyof CategoryColour,
  colour: string,
): Settings {
  const current = settings.colours[category];
  return { ...settings, colours: { ...settings.colours, [category]: { ...current, [scheme]: colour } } };
}

export function withGroup(settings: Settings, group: string, on: boolean): Settings {
  const rest = settings.disabledGroups.filter((g) => g !== group);
  return { ...settings, disabledGroups: on ? rest : [...rest, group] };
}

const isColour = (v: unknown): v is string => typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v);

/**
 * A complete Settings from whatever storage held: missing or malformed fields take their default,
 * so a half-written or older object never breaks the content script.
 */
export function parseSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const sites: Record<string, SiteRule> = {};
  if (o.sites && typeof o.sites === 'object') {
    for (const [host, rule] of Object.entries(o.sites as Record<string, unknown>)) {
      const name = normaliseHost(host);
      if (name && (rule === 'allow' || rule === 'deny')) sites[name] = rule;
    }
  }
  const cats = (o.categories ?? {}) as Partial<Record<Category, unknown>>;
  const cols = (o.colours ?? {}) as Partial<Record<Category, Partial<CategoryColour>>>;
  const categories = { ...DEFAULT_SETTINGS.categories };
  const colours = { ...DEFAULT_COLOURS };
  for (const c of CATEGORIES) {
    if (typeof cats[c] === 'boolean') categories[c] = cats[c];
    const col = cols[c];
    colours[c] = {
      light: isColour(col?.light) ? col.light : DEFAULT_COLOURS[c].light,
      dark: isColour(col?.dark) ? col.dark : DEFAULT_COLOURS[c].dark,
    };
  }
  return {
    enabled: typeof o.enabled === 'boolean' ? o.enabled : DEFAULT_SETTINGS.enabled,
    sites,
    mode: o.mode === 'allowlist' ? 'allowlist' : 'all',
    categories,
    colours,
    disabledGroups: Array.isArray(o.disabledGroups)
      ? o.disabledGroups.filter((g): g is string => typeof g === 'string')
      : [],
  };
}

// ── Storage ────────────────────────────────────────────────────────────────────────────────────
// The item is created on first use, not at import: defining a versioned item starts its migration
// at once, which needs the extension APIs — importing this file from Node tests must stay inert.
let item: WxtStorageItem<Settings, Record<string, never>> | undefined;

/**
 * The storage.local key of the settings object. The content script reads it raw (no WXT storage
 * wrapper, whose migration check would run on every page load) and passes it to parseSettings:
 * a migration added below must therefore keep old shapes readable by parseSettings too.
 */
export const SETTINGS_KEY = 'settings';

export async function settingsItem(): Promise<WxtStorageItem<Settings, Record<string, never>>> {
  if (!item) {
    const { storage } = await import('wxt/utils/storage');
    item = storage.defineItem<Settings, Record<string, never>>(`local:${SETTINGS_KEY}`, {
      version: 1,
      fallback: DEFAULT_SETTINGS,
      // Version 1 is the first stored shape; later versions add a migration here.
      migrations: {},
    });
  }
  return item;
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await (await settingsItem()).getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await (await settingsItem()).setValue(settings);
}

/** Calls back with the new settings whenever any page or script saves them; returns the unwatcher. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  let unwatch: (() => void) | undefined;
  let stopped = false;
  void settingsItem().then((i) => {
    if (!stopped) unwatch = i.watch((value) => callback(parseSettings(value)));
  });
  return () => {
    stopped = true;
    unwatch?.();
  };
}
