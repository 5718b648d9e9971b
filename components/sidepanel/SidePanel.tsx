// The side panel: the current tab's claims, grouped by category, with filters, keyboard navigation
// and an empty state for every reason there may be nothing to show.
import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { CATEGORY_NAMES, plural } from '../labels';
import type { PanelApi } from './api';
import { ClaimCard } from './ClaimCard';
import { ExportControl } from './ExportControl';
import { Filters } from './Filters';
import { linksOf, PanelModel } from './model';

function Empty({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/** Moves focus among the claim buttons: arrows or j/k, Home/End. */
function onListKey(e: KeyboardEvent, model: PanelModel, activeId: { value: string | null }) {
  const target = e.target as HTMLElement;
  if (target.closest('select, input, textarea')) return;
  const order = model.order.value;
  if (order.length === 0) return;
  const currentId = target.closest<HTMLElement>('[data-claim-id]')?.dataset.claimId ?? activeId.value;
  const index = order.findIndex((c) => c.id === currentId);
  let next: number;
  if (e.key === 'ArrowDown' || e.key === 'j') next = index < 0 ? 0 : Math.min(order.length - 1, index + 1);
  else if (e.key === 'ArrowUp' || e.key === 'k') next = index < 0 ? 0 : Math.max(0, index - 1);
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = order.length - 1;
  else return;
  e.preventDefault();
  focusButton(e.currentTarget as HTMLElement, order[next]!.id, activeId);
}

function focusButton(root: HTMLElement, id: string, activeId: { value: string | null }) {
  activeId.value = id;
  const button = [...root.querySelectorAll<HTMLElement>('[data-claim-id]')].find(
    (b) => b.dataset.claimId === id,
  );
  button?.focus();
  button?.scrollIntoView?.({ block: 'nearest' });
}

export function SidePanel({ model }: { model: PanelModel }) {
  const view = model.view.value;
  return (
    <div class="panel">
      <div class="sr-only" role="status" aria-live="polite">
        {model.announcement.value}
      </div>
      {view.kind === 'loading' && <Empty title="Reading the page…" />}
      {view.kind === 'no-tab' && (
        <Empty title="No page to read">
          <p>Open a news article in this window to see its claims.</p>
        </Empty>
      )}
      {view.kind === 'unavailable' && (
        <Empty title="Claimscope can't read this page">
          <p>
            Browser pages and extension stores are off limits. If this is an article opened before Claimscope
            was installed, reload it.
          </p>
          <p class="detail">{view.error}</p>
        </Empty>
      )}
      {view.kind === 'page' && <PageView model={model} />}
    </div>
  );
}

function PageView({ model }: { model: PanelModel }) {
  const state = model.state.value!;
  const activeId = useSignal<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const order = model.order.value;
  // Keep the roving tab stop on a visible claim when filters or the page change.
  const tabStop = order.some((c) => c.id === activeId.value) ? activeId.value : (order[0]?.id ?? null);
  const selected = model.selectedId.value;
  // A selection made in the page (keyboard steps there) moves the tab stop and brings the card into
  // view, but never takes keyboard focus: the reader is still typing in the page.
  useEffect(() => {
    if (!selected) return;
    activeId.value = selected;
    const card = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-claim-id]') ?? [])].find(
      (b) => b.dataset.claimId === selected,
    );
    card?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const focusInPanel = (id: string) => {
    void model.focus(id);
    if (listRef.current) focusButton(listRef.current, id, activeId);
  };

  let body: ComponentChildren;
  if (state.status === 'idle' || state.status === 'scanning') body = <Empty title="Reading the article…" />;
  else if (state.status === 'not-article')
    body = (
      <Empty title="Not an article">
        <p>This page doesn't look like a news article, so Claimscope left it alone.</p>
      </Empty>
    );
  else if (state.status === 'disabled')
    body = (
      <Empty title="Highlights are off on this site">
        <p>Turn them on for {state.site || 'this site'} from the Claimscope button in the toolbar.</p>
      </Empty>
    );
  else if (state.status === 'error')
    body = (
      <Empty title="Something went wrong reading this page">
        <p class="detail">{state.error ?? 'Unknown error'}</p>
        <button type="button" class="primary" onClick={() => void model.rescan()}>
          Try again
        </button>
      </Empty>
    );
  else if (state.claims.length === 0)
    body = (
      <Empty title="No claims found">
        <p>
          Nothing in this article reads as a claim about AI moats, market consolidation or open-source parity.
        </p>
      </Empty>
    );
  else
    body = (
      <>
        <Filters model={model} />
        <ExportControl model={model} />
        {order.length === 0 ? (
          <Empty title="No claims match these filters">
            <button
              type="button"
              class="primary"
              onClick={() => model.setFilters({ categories: [], direction: null, actor: null })}
            >
              Clear filters
            </button>
          </Empty>
        ) : (
          // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys are delegated from the claim buttons inside
          <div class="groups" ref={listRef} onKeyDown={(e) => onListKey(e, model, activeId)}>
            {model.groups.value.map((g) => (
              <section key={g.category} class={`group cat-${g.category}`} aria-labelledby={`h-${g.category}`}>
                <h2 id={`h-${g.category}`}>
                  <span class="dot" aria-hidden="true" />
                  {CATEGORY_NAMES[g.category]} <span class="count">{g.claims.length}</span>
                </h2>
                <ul class="claims" aria-label={`${CATEGORY_NAMES[g.category]} claims`}>
                  {g.claims.map((claim) => (
                    <ClaimCard
                      key={claim.id}
                      claim={claim}
                      category={g.category}
                      selected={model.selectedId.value === claim.id}
                      tabbable={tabStop === claim.id}
                      related={linksOf(claim.id, state.links, state.claims)}
                      crossLinks={model.crossLinks.value.filter((x) => x.from === claim.id)}
                      actorFilter={model.filters.value.actor}
                      describeRule={(id) => model.describeRule(id)}
                      onFocusClaim={focusInPanel}
                      onActor={(actor) => model.setFilters({ actor })}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </>
    );

  return (
    <>
      <header class="panel-header">
        <div class="titles">
          <h1 title={state.title}>{state.title || state.url}</h1>
          <p class="site">
            {state.site}
            {state.status === 'done' && ` · ${plural(state.claims.length, 'claim')}`}
          </p>
        </div>
        <button
          type="button"
          class="icon-button"
          aria-label="Read the page again"
          title="Read the page again"
          onClick={() => void model.rescan()}
        >
          <span aria-hidden="true">↻</span>
        </button>
      </header>
      <main>{body}</main>
    </>
  );
}

/** Mounts a model for the api and starts following the tab; for the entrypoint. */
export function SidePanelApp({ api }: { api: PanelApi }) {
  const model = useRef<PanelModel>();
  if (!model.current) model.current = new PanelModel(api);
  useEffect(() => {
    void model.current!.start();
    return () => model.current!.dispose();
  }, []);
  return <SidePanel model={model.current} />;
}
