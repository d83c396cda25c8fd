// Worker-thread entry shim: registers tsx in this thread so the TypeScript worker (nodeWorker.ts)
// loads the same way the CLI does, then runs it. Started by nodePool.ts.
import { register } from "tsx/esm/api";

register();
await import("./nodeWorker.ts");
