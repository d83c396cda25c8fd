// The command line given an encrypted project file (tests/fixtures/bad/json-encrypted.json, sealed
// with the passphrase "fixture passphrase"): it cannot decrypt, so it says plainly that the file is
// encrypted and where to open it, instead of a parse error.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/core/io/load.ts";
import { openSealedProject, readSealedText } from "../../src/storage/projectFile.ts";
import { runCli } from "./runCli.ts";

const file = fileURLToPath(new URL("../fixtures/bad/json-encrypted.json", import.meta.url));
const SAID = `${file}: this project is encrypted; open it in the page with its passphrase. Open it with Open files… in the page and type its passphrase; the command line does not decrypt`;

describe("an encrypted project on the command line", () => {
  it("the fixture is a real encrypted project: it opens with its passphrase", async () => {
    const opened = await openSealedProject(readSealedText(readFileSync(file, "utf8")), "fixture passphrase");
    const result = loadProject([{ name: "json-encrypted.json", text: opened }]);
    expect(result.ok && result.project.nodes.map((n) => n.label)).toEqual(["Ada", "Ben"]);
  }, 120_000);

  it.each(["validate", "metrics"])("%s says the project is encrypted and exits 1", async (command) => {
    const { code, out, err } = await runCli(command, file);
    expect({ code, out, err }).toEqual({ code: 1, out: "", err: SAID });
  });
});
