// The engine's entry point: article text in, classified and cross-referenced claims out.
// Placeholder until the rule engine lands; its signature is the contract callers build on.
import { linkWithin } from './link';
import type { AnnotateResult, Claim } from './types';

export interface AnnotateOptions {
  /** Rule groups the reader switched off in the options page. */
  disabledGroups?: readonly string[];
}

export function annotate(_text: string, _options: AnnotateOptions = {}): AnnotateResult {
  const claims: Claim[] = [];
  return { claims, links: linkWithin(claims) };
}
