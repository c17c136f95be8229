// compare.test.ts: the bootstrap comparison catches a one-byte divergence and says where it is.

import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareFiles } from "../../bootstrap/compare.js";

const ROOT = join(import.meta.dirname, "../..");

/** A copy of file with one byte changed on the given 1-based line. */
function corruptCopy(file: string, line: number, dir: string): string {
  const text = readFileSync(file, "latin1").split("\n");
  text[line - 1] = text[line - 1].length > 0 ? (text[line - 1][0] === "x" ? "y" : "x") + text[line - 1].slice(1) : "x";
  const copy = join(dir, "corrupt");
  writeFileSync(copy, text.join("\n"), "latin1");
  return copy;
}

describe("bootstrap comparison", () => {
  const dir = mkdtempSync(join(tmpdir(), "kiln-compare-"));
  // A round-3 file when the bootstrap has run, else any large file of the repository.
  const round3 = ["build/r3/analyze.c", "build/r3/codegen.ir"].map((f) => join(ROOT, f)).filter(existsSync);
  const samples = round3.length > 0 ? round3 : [join(ROOT, "stage0/ast.ts")];

  for (const file of samples) {
    it(`finds identical copies of ${file.slice(ROOT.length + 1)} identical`, () => {
      const copy = join(dir, "same");
      copyFileSync(file, copy);
      expect(compareFiles(file, copy)).toBeNull();
    });

    it(`names the file and the first differing line when one byte of ${file.slice(ROOT.length + 1)} differs`, () => {
      const lines = readFileSync(file, "latin1").split("\n").length;
      const line = Math.max(1, Math.floor(lines * 0.6));
      const copy = corruptCopy(file, line, dir);
      const report = compareFiles(file, copy)!;
      expect(report).toContain(`${file} and ${copy} differ, first at line ${line}:`);
      const original = readFileSync(file, "latin1").split("\n")[line - 1];
      expect(report).toContain(`- ${original}`);
    });
  }

  it("reports a file that is only longer", () => {
    const a = join(dir, "a");
    const b = join(dir, "b");
    writeFileSync(a, "one\ntwo\n");
    writeFileSync(b, "one\ntwo\nthree\n");
    expect(compareFiles(a, b)).toContain("first at line 3");
  });
});
