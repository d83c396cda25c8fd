// Imported first by main.ts, before any module builds or parses a schema: zod would otherwise
// probe for eval to compile fast parsers, which the page's Content-Security-Policy forbids.
import { z } from "zod";

z.config({ jitless: true });
