// compare.ts: checks the bootstrap fixpoint (round 2 == round 3) and the CRuby cross-check, and reports figures.
//
// `make bootstrap` builds the rounds (see Makefile) and then runs this. Any
// divergence names the two files and shows the first differing lines; the
// exit status is 1. The per-round figures go to stdout and build/bootstrap.json.

import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { diffLines } from "diff";

const PROGRAMS = ["analyze", "codegen"];
const KINDS = ["ir", "c"];

/** null when a and b are byte-identical, else a report of where they first differ. */
export function compareFiles(a: string, b: string, context = 3): string | null {
  const x = readFileSync(a);
  const y = readFileSync(b);
  if (x.equals(y)) return null;
  const xl = x.toString("latin1").split("\n");
  const yl = y.toString("latin1").split("\n");
  let line = 0;
  while (line < xl.length && line < yl.length && xl[line] === yl[line]) line++;
  const from = Math.max(0, line - context);
  const slice = (l: string[]) => l.slice(from, line + context + 1).join("\n") + "\n";
  const hunk = diffLines(slice(xl), slice(yl))
    .map((part) => part.value.replace(/\n$/, "").split("\n")
      .map((l) => (part.added ? "+ " : part.removed ? "- " : "  ") + l).join("\n"))
    .join("\n");
  return `${a} and ${b} differ, first at line ${line + 1}:\n--- ${a}\n+++ ${b}\n${hunk}`;
}

interface Measure { seconds: number; max_rss_kb: number | null }

function measure(name: string): Measure | null {
  const path = join("build/stats", `${name}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Measure) : null;
}

function roundFigures(round: string): Record<string, unknown> {
  const figures: Record<string, unknown> = {};
  for (const p of PROGRAMS) {
    for (const k of KINDS) {
      const f = join("build", round, `${p}.${k}`);
      if (existsSync(f)) figures[`${p}.${k} bytes`] = statSync(f).size;
    }
    for (const step of ["analyze", "codegen"]) {
      const m = measure(`${round}-${step}-${p}`);
      if (m) figures[`${step} of ${p}`] = m;
    }
  }
  return figures;
}

function printFigures(all: Record<string, Record<string, unknown>>): void {
  for (const [round, figures] of Object.entries(all)) {
    console.log(`${round}:`);
    for (const [k, v] of Object.entries(figures)) {
      if (typeof v === "number") console.log(`  ${k.padEnd(26)} ${v}`);
      else {
        const m = v as Measure;
        const mem = m.max_rss_kb === null ? "" : `, peak ${(m.max_rss_kb / 1024).toFixed(1)} MB`;
        console.log(`  ${k.padEnd(26)} ${m.seconds.toFixed(2)} s${mem}`);
      }
    }
  }
}

function main(): number {
  let failures = 0;
  const check = (label: string, a: string, b: string) => {
    const problem = compareFiles(a, b);
    if (problem) { failures++; console.log(`FAIL ${label}\n${problem}`); }
    else console.log(`ok   ${label}: ${a} == ${b}`);
  };
  for (const p of PROGRAMS) for (const k of KINDS) check(`fixpoint ${p}.${k}`, `build/r2/${p}.${k}`, `build/r3/${p}.${k}`);
  for (const p of PROGRAMS) for (const k of KINDS) check(`cruby cross-check ${p}.${k}`, `build/r2/${p}.${k}`, `build/cruby/${p}.${k}`);

  const figures = { r1: roundFigures("r1"), r2: roundFigures("r2"), r3: roundFigures("r3"), cruby: roundFigures("cruby") };
  printFigures(figures);
  writeFileSync("build/bootstrap.json", JSON.stringify({ ok: failures === 0, rounds: figures }, null, 2) + "\n");
  const total = PROGRAMS.length * KINDS.length * 2;
  const verdict = failures === 0 ? "fixpoint OK, CRuby cross-check OK" : `${failures} comparison(s) FAILED`;
  console.log(`bootstrap: ${verdict} (${total - failures} passed, ${failures} failed)`);
  return failures === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main());
