// expectations.test.ts: every recorded expectation still equals what real `ruby` prints.
//
// Expected outputs are recorded by test/record.sh, never typed by hand; this
// check re-runs ruby on each program so a stale or hand-edited file fails.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const PROGRAMS = import.meta.dirname;

function recordedPrograms(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...recordedPrograms(path));
    else if (name.endsWith(".rb") && existsSync(path.replace(/\.rb$/, ".out"))) out.push(path);
  }
  return out;
}

describe("recorded expectations match ruby", () => {
  for (const program of recordedPrograms(PROGRAMS)) {
    it(program.slice(PROGRAMS.length + 1), () => {
      const r = spawnSync("ruby", [basename(program)], {
        cwd: dirname(program),
        input: "",
        encoding: "buffer",
        timeout: 60_000,
      });
      const statusFile = program.replace(/\.rb$/, ".status");
      const status = existsSync(statusFile) ? Number(readFileSync(statusFile, "utf8").trim()) : 0;
      // latin1 maps bytes 1:1 to characters, so the comparison is byte-exact.
      expect(r.stdout.toString("latin1")).toBe(readFileSync(program.replace(/\.rb$/, ".out")).toString("latin1"));
      expect(r.status).toBe(status);
    });
  }
});
