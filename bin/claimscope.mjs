#!/usr/bin/env node
// The CLI's launcher: registers tsx so the TypeScript sources run as they are, right after
// `npm install`, then hands over to lib/cli/main.ts.
import { register } from 'tsx/esm/api';

// tsconfig: false — the user's working directory may hold an unrelated tsconfig.json.
register({ tsconfig: false });
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
