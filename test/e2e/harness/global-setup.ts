// Runs once before any e2e test: fail fast, with the fix in the message, when the builds or the
// browsers are missing, instead of each suite timing out on its own.
import { BROWSERS } from './index';
import { browserBinary, extensionDir } from './paths';

export default function setup(): void {
  for (const kind of BROWSERS) {
    extensionDir(kind);
    browserBinary(kind);
  }
}
