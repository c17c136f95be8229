// compiler.ts: how fast kiln itself is: parse of a 20,000-line file, hello world to binary, self-compile vs CRuby.
//
//   make bench-compiler            (node build/js/test/bench/compiler.js [--runs N])
//
// Each figure is the median of N runs (default 5), measured in this run, and
// is written to build/bench-compiler.json. Targets: parse+write of 20,000
// lines under 2 s; hello.rb to a binary under 1 s; the native compiler
// compiling stage1 at least 10x faster than CRuby running stage1, under 500 MB.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../../../..");
const KILN = join(ROOT, "kiln");

interface Sample { seconds: number; maxRssKb: number }

/** Runs argv once under GNU time; returns wall seconds and peak memory. */
function timed(argv: string[], cwd: string): Sample {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", ...argv], { cwd, encoding: "utf8", env: { ...process.env } });
  if (r.status !== 0) throw new Error(`${argv.join(" ")} failed:\n${r.stderr}`);
  const [seconds, kb] = r.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { seconds, maxRssKb: kb };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(argv: string[], cwd: string, runs: number): Sample {
  const samples = Array.from({ length: runs }, () => timed(argv, cwd));
  return { seconds: median(samples.map((s) => s.seconds)), maxRssKb: Math.max(...samples.map((s) => s.maxRssKb)) };
}

/** A 20,000-line program of ordinary shapes (classes, blocks, strings, hashes). */
function bigProgram(lines: number): string {
  const out = ["class Big"];
  for (let i = 0; out.length + 7 <= lines - 1; i++) {
    out.push(
      `  def m${i}(a, b = ${i}, *rest, k: :s${i % 7})`,
      `    x = a + b * ${i} - ${i}.5`,
      `    s = "item ${i}: #{x} #{rest.size}"`,
      `    [x, s, :sym${i % 50}].each_with_index { |e, j| puts e if j.odd? }`,
      `    { k: ${i}, "v" => 1.5 }.map { |key, v| [key, v] } if x > 10`,
      `  end`,
      ``,
    );
  }
  while (out.length < lines - 1) out.push("  # padding");
  out.push("end");
  return out.join("\n") + "\n";
}

function main(): void {
  const runsArg = process.argv.indexOf("--runs");
  const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;
  const dir = mkdtempSync(join(tmpdir(), "kiln-bench-compiler-"));
  writeFileSync(join(dir, "big.rb"), bigProgram(20000));
  writeFileSync(join(dir, "hello.rb"), 'puts "Hello, world!"\n');
  const results: Record<string, Sample | number> = {};

  results["parse 20,000 lines"] = measure([KILN, "parse", "big.rb", "-o", "big.ast"], dir, runs);
  timed([KILN, "hello.rb", "-o", "hello"], dir); // builds the native compiler if needed
  results["hello.rb to binary"] = measure([KILN, "hello.rb", "-o", "hello"], dir, runs);

  for (const p of ["analyze", "codegen"]) {
    const ast = join(ROOT, "build/ast", `${p}.ast`);
    const native = (step: string, input: string, out: string) =>
      measure([join(ROOT, "build/r2", `kiln-${step}`), input, out], dir, runs);
    const cruby = (step: string, input: string, out: string) =>
      measure(["ruby", join(ROOT, "stage1", `${step}.rb`), input, out], dir, runs);
    results[`native analyze of ${p}`] = native("analyze", ast, `${p}.ir`);
    results[`cruby analyze of ${p}`] = cruby("analyze", ast, `${p}-r.ir`);
    results[`native codegen of ${p}`] = native("codegen", `${p}.ir`, `${p}.c`);
    results[`cruby codegen of ${p}`] = cruby("codegen", `${p}.ir`, `${p}-r.c`);
  }
  const sum = (who: string) => ["analyze", "codegen"].flatMap((p) => ["analyze", "codegen"].map((s) =>
    (results[`${who} ${s} of ${p}`] as Sample).seconds)).reduce((a, b) => a + b, 0);
  results["self-compile speed-up (cruby / native)"] = sum("cruby") / sum("native");

  for (const [k, v] of Object.entries(results)) {
    if (typeof v === "number") console.log(`${k.padEnd(40)} ${v.toFixed(2)}x`);
    else console.log(`${k.padEnd(40)} ${v.seconds.toFixed(3)} s   peak ${(v.maxRssKb / 1024).toFixed(1)} MB`);
  }
  mkdirSync(join(ROOT, "build"), { recursive: true });
  writeFileSync(join(ROOT, "build/bench-compiler.json"), JSON.stringify({ runs, results }, null, 2) + "\n");
}

main();
