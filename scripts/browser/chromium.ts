// Finding and starting the system Chromium for playwright-core (which ships no browser):
// the executable is looked up on PATH at run time, and WebGL runs on SwiftShader so sigma can
// draw in a headless browser without a GPU.
import { execFileSync } from "node:child_process";
import { chromium, type Browser, type BrowserServer } from "playwright-core";

/** Arguments that give headless Chromium a working WebGL (software rendering). */
export const CHROMIUM_ARGS = ["--use-gl=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"];

/**
 * WebGL and compositing both on SwiftShader through ANGLE, as a machine with a GPU composites:
 * with the default (software compositing) the page's main thread waits to read every WebGL frame
 * back, which a GPU machine never does.
 */
export const GPU_COMPOSITING_ARGS = ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", "--enable-gpu-compositing"];

/** What to run when Chromium is missing. */
export const INSTALL_HINT = "apt-get install -y chromium";

/** The path of the first `chromium` (or `chromium-browser`, `google-chrome`) on PATH, or undefined. */
export function findChromium(): string | undefined {
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      const path = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (path) return path;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}

function executable(): string {
  const path = findChromium();
  if (!path) throw new Error(`Chromium is not installed: run \`${INSTALL_HINT}\` (Debian/Ubuntu), then try again`);
  return path;
}

/** Launches headless Chromium with WebGL (`args` replaces CHROMIUM_ARGS, e.g. GPU_COMPOSITING_ARGS). */
export function launchChromium(args: readonly string[] = CHROMIUM_ARGS): Promise<Browser> {
  return chromium.launch({ executablePath: executable(), headless: true, args: [...args] });
}

/** Launches headless Chromium as a server other processes connect to (`chromium.connect(wsEndpoint)`). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: executable(), headless: true, args: CHROMIUM_ARGS });
}
