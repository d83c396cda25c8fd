import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderMetricsDocs } from "../../src/cli/commands/docs.ts";
import { FLAGS } from "../../src/core/metrics/flags/index.ts";
import { RECOVERY_NETWORK_INDICATORS, RECOVERY_NODE_INDICATORS } from "../../src/core/metrics/recovery/index.ts";
import { STRUCTURAL_NETWORK_METRICS, STRUCTURAL_NODE_METRICS } from "../../src/core/metrics/structural/index.ts";

const committed = fileURLToPath(new URL("../../docs/metrics.md", import.meta.url));

describe("docs/metrics.md", () => {
  it("is up to date with the descriptors (if not: run `npx recovery-networks docs` and commit the file)", () => {
    expect(readFileSync(committed, "utf8")).toBe(renderMetricsDocs());
  });

  it("names every descriptor once, with its id", () => {
    const text = renderMetricsDocs();
    const all = [
      ...STRUCTURAL_NODE_METRICS,
      ...STRUCTURAL_NETWORK_METRICS,
      ...RECOVERY_NODE_INDICATORS,
      ...RECOVERY_NETWORK_INDICATORS,
      ...FLAGS,
    ];
    for (const d of all) expect(text).toContain(`id \`${d.id}\``);
    expect(text.match(/^### /gm)?.length).toBe(all.length);
  });

  it("lists parameters with their defaults", () => {
    const text = renderMetricsDocs();
    expect(text).toContain("| `steps` | `2` | How many ties away a group may be |");
    expect(text).toContain("| `kinds` | `[\"service_user\"]` | Which kinds of node the flags are checked for |");
  });
});
