// Words for a claim's classification, shared by the human-readable formats so the Markdown,
// the CSV and the W3C "describing" body say the same thing in the same way.
import type { Category, Claim } from '../engine/types';

export const CATEGORY_NAMES: Record<Category, string> = {
  moat: 'Moat',
  consolidation: 'Consolidation',
  open_source_parity: 'Open-source parity',
};

/** "moat:eroding; consolidation:concentrating" — the machine-readable label list. */
export function labelTags(claim: Pick<Claim, 'labels'>): string[] {
  return claim.labels.map((l) => `${l.category}:${l.direction}`);
}

/** "Moat: eroding · hedged · according to Reuters · actors: OpenAI, Google". */
export function summarize(claim: Pick<Claim, 'labels' | 'certainty' | 'attribution' | 'actors'>): string {
  const parts = [
    claim.labels.map((l) => `${CATEGORY_NAMES[l.category]}: ${l.direction}`).join(', '),
    claim.certainty,
  ];
  if (claim.attribution) parts.push(`according to ${claim.attribution}`);
  if (claim.actors.length) parts.push(`actors: ${claim.actors.join(', ')}`);
  return parts.join(' · ');
}
