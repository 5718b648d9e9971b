// One claim: what it says, which way it points, how sure and whose it is, why the engine flagged it,
// and what it agrees or disagrees with, here and in articles read before.

import { actorKey } from '../../lib/engine/link';
import type { Claim, Link } from '../../lib/engine/types';
import type { CrossLink } from '../../lib/messages';
import {
  CATEGORY_NAMES,
  CERTAINTY_NAMES,
  DIRECTION_HINTS,
  DIRECTION_MARKS,
  formatDate,
  urlToQuote,
} from '../labels';

export interface ClaimCardProps {
  claim: Claim;
  /** The category it is listed under; its other labels are shown with their category name. */
  category: Claim['labels'][number]['category'];
  selected: boolean;
  /** Roving tab stop: only one claim in the list is in the Tab order. */
  tabbable: boolean;
  related: { link: Link; other: Claim }[];
  crossLinks: CrossLink[];
  actorFilter: string | null;
  describeRule: (id: string) => string | undefined;
  onFocusClaim: (id: string) => void;
  onActor: (key: string | null) => void;
}

/** How many within-article links a card lists before summarising the rest. */
const MAX_RELATED = 4;

function Relation({ relation }: { relation: Link['relation'] }) {
  const agrees = relation === 'corroborates';
  return (
    <span class={`relation ${agrees ? 'agrees' : 'contradicts'}`}>
      <span aria-hidden="true">{agrees ? '✓' : '✕'}</span> {agrees ? 'corroborates' : 'contradicts'}
    </span>
  );
}

export function ClaimCard(props: ClaimCardProps) {
  const { claim, category } = props;
  const primary = claim.labels.find((l) => l.category === category) ?? claim.labels[0];
  const labels = primary ? [primary, ...claim.labels.filter((l) => l !== primary)] : [];
  const agree = props.related.filter((r) => r.link.relation === 'corroborates').length;
  const disagree = props.related.length - agree;
  const textId = `claim-${claim.id}`;
  return (
    <li class={`card cat-${category}${props.selected ? ' selected' : ''}`}>
      <button
        type="button"
        class="claim-text"
        id={textId}
        data-claim-id={claim.id}
        tabIndex={props.tabbable ? 0 : -1}
        aria-current={props.selected ? 'true' : undefined}
        aria-label={`Show in page: ${claim.text}`}
        onClick={() => props.onFocusClaim(claim.id)}
      >
        {claim.text}
      </button>
      <div class="meta">
        {labels.map((l) => (
          <span class={`direction cat-${l.category}`} key={l.category} title={DIRECTION_HINTS[l.direction]}>
            <span class="mark" aria-hidden="true">
              {DIRECTION_MARKS[l.direction]}
            </span>
            {l === primary ? '' : `${CATEGORY_NAMES[l.category]}: `}
            {l.direction}
          </span>
        ))}
        <span class={`certainty ${claim.certainty}`}>{CERTAINTY_NAMES[claim.certainty]}</span>
      </div>
      <p class="source">
        {claim.attribution ? (
          <>
            Source: <strong>{claim.attribution}</strong>
          </>
        ) : (
          "The writer's own claim"
        )}
      </p>
      {claim.actors.length > 0 && (
        <ul class="actors" aria-label="Named in this claim">
          {claim.actors.map((name) => {
            const key = actorKey(name);
            const on = props.actorFilter === key;
            return (
              <li key={key}>
                <button
                  type="button"
                  class="chip"
                  aria-pressed={on}
                  title={on ? 'Show claims naming anyone' : `Show only claims naming ${name}`}
                  onClick={() => props.onActor(on ? null : key)}
                >
                  {name}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {props.crossLinks.length > 0 && (
        <div class="cross">
          <h4>In articles you read before</h4>
          <ul>
            {props.crossLinks.map((x) => (
              <li key={`${x.article.url}#${x.to}`} class="cross-item">
                <Relation relation={x.relation} />{' '}
                <a href={urlToQuote(x.article.url, x.claim.text)} target="_blank" rel="noopener noreferrer">
                  {x.article.title || x.article.url}
                </a>
                <span class="cross-meta">
                  {x.article.site} · {formatDate(x.article.savedAt)}
                </span>
                <q class="cross-quote">{x.claim.text}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.related.length > 0 && (
        <details class="related">
          <summary>
            In this article: {agree > 0 && `${agree} corroborating`}
            {agree > 0 && disagree > 0 && ', '}
            {disagree > 0 && `${disagree} contradicting`}
          </summary>
          <ul>
            {props.related.slice(0, MAX_RELATED).map(({ link, other }) => (
              <li key={`${other.id}-${link.category}`}>
                <Relation relation={link.relation} />{' '}
                <button type="button" class="link-button" onClick={() => props.onFocusClaim(other.id)}>
                  {other.text}
                </button>
              </li>
            ))}
          </ul>
          {props.related.length > MAX_RELATED && (
            <p class="more">and {props.related.length - MAX_RELATED} more sharing this topic</p>
          )}
        </details>
      )}
      {claim.rules.length > 0 && (
        <details class="why">
          <summary>Why this is a claim</summary>
          <ul>
            {claim.rules.map((id) => (
              <li key={id}>{props.describeRule(id) ?? <code>{id}</code>}</li>
            ))}
          </ul>
          <p class="score">Confidence {Math.round(claim.score * 100)}%</p>
        </details>
      )}
    </li>
  );
}
