// Cross-references (claims.md, "Cross-references"): two claims relate when they share a category;
// they corroborate when their directions agree and contradict when they disagree. Shared actors make
// the link stronger. The same function serves links within an article and across saved articles.
import type { Claim, Link } from './types';

/** Actor names compared as the scorer does: case-folded, possessive and leading "the" dropped. */
export function actorKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/** Actors two claims share; one name inside the other counts ("Google" ~ "Google DeepMind"). */
export function sharedActors(a: readonly string[], b: readonly string[]): number {
  const bk = b.map(actorKey);
  let shared = 0;
  for (const key of a.map(actorKey)) {
    if (bk.some((other) => other === key || other.includes(key) || key.includes(other))) shared++;
  }
  return shared;
}

/**
 * Strength of a link: a base for sharing a category, rising towards 1 with each shared actor.
 * 0 actors → 0.4, 1 → 0.7, 2 → 0.85, …
 */
export function linkStrength(shared: number): number {
  return Number((1 - 0.6 * 0.5 ** shared).toFixed(3));
}

/** The links between two claims, one per category they share (a claim can carry several). */
export function relate(a: Claim, b: Claim): Link[] {
  const links: Link[] = [];
  for (const la of a.labels) {
    const lb = b.labels.find((l) => l.category === la.category);
    if (!lb) continue;
    links.push({
      from: a.id,
      to: b.id,
      category: la.category,
      relation: la.direction === lb.direction ? 'corroborates' : 'contradicts',
      strength: linkStrength(sharedActors(a.actors, b.actors)),
    });
  }
  return links;
}

/** Every link among one article's claims, each unordered pair once, in document order. */
export function linkWithin(claims: readonly Claim[]): Link[] {
  const links: Link[] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) links.push(...relate(claims[i]!, claims[j]!));
  }
  return links;
}
