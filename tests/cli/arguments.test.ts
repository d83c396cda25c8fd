// Arguments are read the same way for every command: parseCommandArgs on its own, then through
// the dispatcher (one message naming the option, the command's usage, exit code 2).
import { describe, expect, it } from "vitest";
import { parseCommandArgs, UsageError } from "../../src/cli/arguments.ts";
import { runCli } from "./runCli.ts";

const OPTIONS = { at: { type: "string" }, format: { type: "string" } } as const;

/** The UsageError message parseCommandArgs throws for `args`. */
function usageError(args: string[], positionals = true): string {
  try {
    parseCommandArgs(args, OPTIONS, positionals);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`no usage error for ${args.join(" ")}`);
}

describe("parseCommandArgs", () => {
  it("reads values given as --name value and --name=value, and the positional arguments in order", () => {
    expect(parseCommandArgs(["a.json", "--at", "2024-01-01", "b.json", "--format=csv"], OPTIONS, true)).toEqual({
      values: { at: "2024-01-01", format: "csv" },
      positionals: ["a.json", "b.json"],
    });
    expect(parseCommandArgs(["--at=-1", "--", "--format"], OPTIONS, true)).toEqual({ values: { at: "-1" }, positionals: ["--format"] });
  });

  it("returns help for --help or -h anywhere before --", () => {
    expect(parseCommandArgs(["a.json", "--help"], OPTIONS, true)).toBe("help");
    expect(parseCommandArgs(["-h", "--colour"], OPTIONS, true)).toBe("help");
    expect(parseCommandArgs(["--", "--help"], OPTIONS, true)).toEqual({ values: {}, positionals: ["--help"] });
  });

  it("names the unknown option and the ones the command takes", () => {
    expect(usageError(["--colour", "red"])).toBe('unknown option "--colour" (this command takes --at, --format)');
    expect(usageError(["-x"])).toBe('unknown option "-x" (this command takes --at, --format)');
  });

  it("says which option needs a value: at the end, or followed by another option", () => {
    expect(usageError(["a.json", "--at"])).toBe('"--at" needs a value');
    expect(usageError(["--at", "--format", "json"])).toBe('"--at" needs a value');
    expect(usageError(["--at="])).toBe('"--at" needs a value');
  });

  it("refuses an option given twice, and positional arguments where the command takes none", () => {
    expect(usageError(["--at", "2024-01-01", "--at=2025-01-01"])).toBe('"--at" is given twice');
    expect(usageError(["a.json"], false)).toBe('unexpected argument "a.json" (this command takes only the options --at, --format)');
  });
});

describe("usage errors through the dispatcher", () => {
  it("an unknown command lists the commands (exit 2)", async () => {
    const { code, err } = await runCli("colour");
    expect(code).toBe(2);
    expect(err).toMatch(/^Unknown command "colour"\.\n\nRecovery Networks/);
  });

  it("a missing value, a bad value and a missing file each give one line naming the problem, then the usage (exit 2)", async () => {
    const cases: [string[], string][] = [
      [["summary", "x.json", "--at"], 'recovery-networks summary: "--at" needs a value.'],
      [["summary", "x.json", "--format", "xml"], 'recovery-networks summary: --format must be text or json, not "xml".'],
      [["timeline", "x.json", "--format=xml"], 'recovery-networks timeline: --format must be json or csv, not "xml".'],
      [["convert", "x.json", "--default-kind", "alien", "--to", "json"], "recovery-networks convert: --default-kind must be one of service_user,"],
      [["validate"], "recovery-networks validate: give at least one input file or folder."],
      [["docs", "extra"], 'recovery-networks docs: unexpected argument "extra" (this command takes only the options --out).'],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await runCli(...args);
      expect(code, args.join(" ")).toBe(2);
      expect(out).toBe("");
      expect(err.startsWith(message), `${args.join(" ")}: ${err.split("\n")[0]}`).toBe(true);
      expect(err).toContain(`\n\nUsage: npx recovery-networks ${args[0]}`);
    }
  });

  it("--help after a command prints its usage without running it (exit 0)", async () => {
    const { code, out, err } = await runCli("metrics", "--workers", "0", "--help");
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toMatch(/^Usage: npx recovery-networks metrics /);
    expect(out).toContain("--weight ATTR  the tie weight strength sums");
  });

  it("--weight is accepted by metrics, summary, timeline and convert, and a bad value is refused", async () => {
    for (const name of ["metrics", "summary", "timeline", "convert"]) {
      const { out } = await runCli(name, "--help");
      expect(out, name).toContain("--weight");
    }
    const { code, err, out } = await runCli("summary", "datasets/programme.json", "--weight", "strength");
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("weight:     strength");
    const missing = await runCli("summary", "datasets/programme.json", "--weight", "nonesuch");
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^recovery-networks summary: --weight: .*nonesuch/);
  });
});
