// Where the repository and its tools are, seen from the e2e harness (independent of the cwd vitest runs in).
import { fileURLToPath } from 'node:url';

/** The repository root: tests/e2e/harness is three levels below it. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const ADMIN_ENTRY = 'src/server/cli/admin.ts';
export const AXE_PATH = fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url));
