import { describe, expect, it } from "vitest";
import { projectSchema } from "../../src/core/model/schema.ts";
import { DEFAULT_SETTINGS, resolveSettings, settingsFromQuery, validateSettings } from "../../src/ui/settings.ts";
import { createStore, initialState } from "../../src/ui/store.ts";

describe("resolveSettings", () => {
  it("puts the given settings over the defaults", () => {
    const settings = resolveSettings({ dimLimit: 50, workerReportWork: 1_000 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, dimLimit: 50, workerReportWork: 1_000 });
    expect(resolveSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it("throws, naming the setting, on an unknown name or a value that is not a number of at least 0", () => {
    expect(() => resolveSettings({ dimLimt: 5 } as never)).toThrow(/there is no setting "dimLimt"; the settings are fullReportLimit, workerReportWork, /);
    expect(() => resolveSettings({ fadeMs: -1 })).toThrow('recovery-networks/settings: "fadeMs" must be a number of at least 0, not -1');
    expect(() => validateSettings({ syncMs: "fast" })).toThrow('"syncMs" must be a number of at least 0, not "fast"');
    expect(() => resolveSettings({ syncShare: 0 })).toThrow('"syncShare" must be above 0 and at most 1, not 0');
    expect(() => resolveSettings({ syncShare: 1.5 })).toThrow('"syncShare" must be above 0 and at most 1, not 1.5');
  });
});

describe("settingsFromQuery", () => {
  it("reads name:value pairs from the address's settings parameter", () => {
    expect(settingsFromQuery("?settings=dimLimit:50,workerReportWork:1e3")).toEqual({ dimLimit: 50, workerReportWork: 1000 });
    expect(settingsFromQuery("?settings=liveLayoutLimit:2_000")).toEqual({ liveLayoutLimit: 2000 });
    expect(settingsFromQuery("?other=1")).toEqual({});
    expect(settingsFromQuery("")).toEqual({});
  });

  it("leaves checking to resolveSettings, and throws on a pair without a colon", () => {
    expect(() => resolveSettings(settingsFromQuery("?settings=dimLimit:lots"))).toThrow('"dimLimit" must be a number of at least 0, not "lots"');
    expect(() => settingsFromQuery("?settings=dimLimit")).toThrow('"dimLimit" in the address\'s settings is not name:value (for example dimLimit:50)');
  });
});

describe("the store carries the settings", () => {
  const project = projectSchema.parse({ format: "recovery-networks", version: 1, nodes: [], ties: [] });
  it("the defaults unless given", () => {
    expect(createStore(initialState(project, undefined)).settings).toBe(DEFAULT_SETTINGS);
    const lowered = resolveSettings({ fullReportLimit: 3 });
    expect(createStore(initialState(project, undefined), lowered).settings.fullReportLimit).toBe(3);
  });
});
