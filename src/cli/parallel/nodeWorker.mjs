// Worker-thread entry shim, used only when the CLI runs from source (the tests, `npm run cli`):
// registers tsx (a dev dependency) in this thread so the TypeScript worker (nodeWorker.ts) loads
// the same way, then runs it. The built CLI starts build/cli/nodeWorker.js instead (nodePool.ts).
import { register } from "tsx/esm/api";

register();
await import("./nodeWorker.ts");
