// Component tests' mount point: a fresh element per test, unmounted and removed afterwards.
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

export interface TestRoot {
  /** The element the component under test is rendered into. */
  readonly el: HTMLElement;
  /** Renders `node`, runs `then` inside the same act(), and lets effects settle. */
  mount(node: ComponentChild, then?: () => Promise<unknown>): Promise<void>;
}

/** Call at the top of a test file: registers the per-test set-up and tear-down. */
export function useTestRoot(): TestRoot {
  let el: HTMLElement;
  beforeEach(() => {
    el = document.createElement('div');
    document.body.append(el);
  });
  afterEach(() => {
    render(null, el);
    el.remove();
  });
  return {
    get el() {
      return el;
    },
    async mount(node, then) {
      await act(async () => {
        render(node, el);
        await then?.();
      });
      await act(async () => {});
    },
  };
}
