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

/** How many links each claim keeps: the strongest, which is what a reader can use. */
export const LINKS_PER_CLAIM = 6;
/** Claims this close in the article are always compared, whatever actors they name. */
const NEAR = 24;
/** Index of the first element of the ascending `list` that is ≥ `value` (list.length if none). */
function firstAtLeast(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The links among one article's claims, each unordered pair once. Every pair sharing a category
 * relates, but listing them all is quadratic (a 100,000-word page has ~10^5 pairs) and drowns the
 * useful ones, so each claim keeps its LINKS_PER_CLAIM strongest, nearest first on ties. Candidates
 * are the claims within NEAR positions plus, per actor, the NEAR nearest claims naming it (an index),
 * so the work stays close to linear.
 */
export function linkWithin(claims: readonly Claim[]): Link[] {
  const byActor = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const key of new Set(c.actors.map(actorKey))) {
      const list = byActor.get(key);
      if (list) list.push(i);
      else byActor.set(key, [i]);
    }
  });
  const kept = new Map<string, Link>();
  claims.forEach((claim, i) => {
    const others = new Set<number>();
    for (let j = Math.max(0, i - NEAR); j < Math.min(claims.length, i + NEAR + 1); j++) others.add(j);
    // Per actor, only the NEAR claims naming it on either side of this one: an actor named in
    // every sentence (a page repeating one claim) would otherwise make the candidates quadratic.
    for (const key of new Set(claim.actors.map(actorKey))) {
      const list = byActor.get(key) ?? [];
      const at = firstAtLeast(list, i);
      for (let k = Math.max(0, at - NEAR); k < Math.min(list.length, at + NEAR + 1); k++)
        others.add(list[k]!);
    }
    others.delete(i);
    const links = [...others]
      .flatMap((j) => relate(claims[Math.min(i, j)]!, claims[Math.max(i, j)]!).map((link) => ({ link, j })))
      .sort((a, b) => b.link.strength - a.link.strength || Math.abs(a.j - i) - Math.abs(b.j - i))
      .slice(0, LINKS_PER_CLAIM);
    for (const { link } of links) kept.set(`${link.from} ${link.to} ${link.category}`, link);
  });
  const order = new Map(claims.map((c, i) => [c.id, i]));
  return [...kept.values()].sort(
    (a, b) => order.get(a.from)! - order.get(b.from)! || order.get(a.to)! - order.get(b.to)!,
  );
}
