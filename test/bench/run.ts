// run.ts: the benchmark driver behind `make bench`: kiln against ruby and ruby --yjit, as ratios.
//
// For each test/bench/NAME.rb: compile it with `kiln build` (timed), then run the
// kiln binary, `ruby` and `ruby --yjit` interleaved (round r starts with a
// different implementation, so slow drift of a noisy machine hits all alike),
// N timed runs each, after one untimed warm-up run per implementation that also
// measures peak memory. Every run's stdout must equal NAME.out byte for byte;
// a wrong output is reported loudly and the benchmark leaves the geometric means.
// Writes build/bench.json (every sample) and build/bench.md (the table).
//
// Usage: node build/js/test/bench/run.js [--runs N] [--filter SUBSTR] [--no-yjit]
//                                       [--timeout SECONDS] [--strict]
// Environment:
//   KILN_BENCH_COMPILER  shell command used instead of `./kiln build`; it is run
//                        as `$KILN_BENCH_COMPILER APP.rb -o OUT`
//   KILN_BENCH_RUBY      the ruby command (default: ruby)

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

interface Options {
  runs: number;
  filter: string | null;
  yjit: boolean;
  timeoutSeconds: number;
  strict: boolean;
}

type ImplName = "kiln" | "ruby" | "yjit";

interface RunResult {
  seconds: number;
  stdout: Buffer;
  stderr: string;
  status: number | null;
  signal: string | null;
  timedOut: boolean;
  spawnError: string | null;
}

interface ImplResult {
  command: string[];
  samples: number[]; // wall seconds of the timed runs
  median: number | null;
  maxRssKb: number | null;
  error: string | null; // why this implementation has no valid time
}

interface BenchResult {
  name: string;
  status: string; // "ok", "compile failed", "wrong output", "run failed", "timeout", "ruby differs from .out", ...
  detail: string | null;
  compileSeconds: number | null;
  impls: Partial<Record<ImplName, ImplResult>>;
  ratios: {
    rubyOverKiln: number | null;
    yjitOverKiln: number | null;
    rubyAdjustedOverKiln: number | null;
    yjitAdjustedOverKiln: number | null;
  };
}

const USAGE = `usage: run.js [--runs N] [--filter SUBSTR] [--no-yjit] [--timeout SECONDS] [--strict]
  --runs N          timed runs per implementation (default 5); the median counts
  --filter SUBSTR   only benchmarks whose name contains SUBSTR
  --no-yjit         skip ruby --yjit
  --timeout SECONDS limit for one run of one program (default 120; compiles get 5x)
  --strict          exit 1 unless every benchmark compiled, ran and printed the right output`;

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 5, filter: null, yjit: true, timeoutSeconds: 120, strict: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) fail(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === "--runs") {
      options.runs = Number(value());
      if (!Number.isInteger(options.runs) || options.runs < 1) fail(`--runs wants a positive integer\n${USAGE}`);
    } else if (arg === "--filter") {
      options.filter = value();
    } else if (arg === "--no-yjit") {
      options.yjit = false;
    } else if (arg === "--timeout") {
      options.timeoutSeconds = Number(value());
      if (!(options.timeoutSeconds > 0)) fail(`--timeout wants a positive number\n${USAGE}`);
    } else if (arg === "--strict") {
      options.strict = true;
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else {
      fail(`unknown argument ${arg}\n${USAGE}`);
    }
  }
  return options;
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

// The repository root: this file runs as build/js/test/bench/run.js.
function findRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.resolve(here, "../../../.."), path.resolve(here, "../.."), process.cwd()]) {
    if (fs.existsSync(path.join(candidate, "test/bench/record.sh"))) return candidate;
  }
  return fail("cannot find the repository root (a directory holding test/bench/record.sh)");
}

// Runs one program to completion; its own process group, so a timeout kills
// everything it started (a wrapper, a shell, the compiler's children).
function runOnce(command: string[], timeoutSeconds: number, cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let spawnError: string | null = null;
    const start = process.hrtime.bigint();
    const child = spawn(command[0], command.slice(1), { cwd, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutSeconds * 1000);
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (err) => {
      spawnError = err.message;
    });
    child.on("close", (status, signal) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      clearTimeout(timer);
      resolve({
        seconds,
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr).toString("utf8"),
        status,
        signal: timedOut ? null : signal,
        timedOut,
        spawnError,
      });
    });
  });
}

// Why a run does not count, or null when it exited 0 and printed `expected`.
function judge(run: RunResult, expected: Buffer | null, timeoutSeconds: number): string | null {
  if (run.spawnError) return `cannot run: ${run.spawnError}`;
  if (run.timedOut) return `timeout (over ${timeoutSeconds} s)`;
  if (run.signal) return `killed by ${run.signal}${excerpt(run.stderr)}`;
  if (run.status !== 0) return `exit status ${run.status}${excerpt(run.stderr)}`;
  if (expected && !run.stdout.equals(expected)) return `wrong output: ${firstDifference(expected, run.stdout)}`;
  return null;
}

// The first lines of stderr (where compilers and Ruby put the message), on one line.
function excerpt(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l.length > 0);
  return lines.length ? `: ${lines.slice(0, 3).join(" / ").slice(0, 400)}` : "";
}

function firstDifference(expected: Buffer, actual: Buffer): string {
  const want = expected.toString("utf8").split("\n");
  const got = actual.toString("utf8").split("\n");
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) {
      const show = (s: string | undefined) => (s === undefined ? "<end of output>" : JSON.stringify(s.slice(0, 120)));
      return `line ${i + 1}: expected ${show(want[i])}, got ${show(got[i])}`;
    }
  }
  return "outputs differ";
}

// Peak memory via /usr/bin/time -f %M, when that tool works here.
function memoryProbe(tmpDir: string): ((command: string[]) => { command: string[]; read: () => number | null }) | null {
  const out = path.join(tmpDir, "maxrss.txt");
  const probe = spawnSync("/usr/bin/time", ["-f", "%M", "-o", out, "true"], { stdio: "ignore" });
  if (probe.status !== 0 || !fs.existsSync(out) || !/^\d+\s*$/.test(fs.readFileSync(out, "utf8"))) return null;
  return (command) => ({
    command: ["/usr/bin/time", "-f", "%M", "-o", out, ...command],
    read: () => {
      try {
        const kb = Number(fs.readFileSync(out, "utf8").trim().split("\n").pop());
        return Number.isFinite(kb) ? kb : null;
      } catch {
        return null;
      }
    },
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function geomean(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

class Bench {
  private readonly measureMemory;

  constructor(
    private readonly root: string,
    private readonly options: Options,
    private readonly outDir: string,
    private readonly ruby: string,
    private readonly compiler: { command: (src: string, out: string) => string[]; label: string },
  ) {
    this.measureMemory = memoryProbe(outDir);
  }

  get hasMemory(): boolean {
    return this.measureMemory !== null;
  }

  async compile(src: string, name: string): Promise<{ binary: string | null; seconds: number | null; error: string | null }> {
    const binary = path.join(this.outDir, "bin", name);
    fs.mkdirSync(path.dirname(binary), { recursive: true });
    fs.rmSync(binary, { force: true });
    const run = await runOnce(this.compiler.command(src, binary), this.options.timeoutSeconds * 5, this.root);
    const problem = judge(run, null, this.options.timeoutSeconds * 5);
    if (problem) return { binary: null, seconds: run.seconds, error: problem };
    if (!fs.existsSync(binary)) return { binary: null, seconds: run.seconds, error: `compiler exited 0 but wrote no ${binary}` };
    return { binary, seconds: run.seconds, error: null };
  }

  // Warm-up (with peak memory), then interleaved timed runs; fills each ImplResult.
  async measure(
    commands: Partial<Record<ImplName, string[]>>,
    expected: Buffer,
    runs: number,
  ): Promise<Partial<Record<ImplName, ImplResult>>> {
    const results: Partial<Record<ImplName, ImplResult>> = {};
    const names = Object.keys(commands) as ImplName[];
    const timeout = this.options.timeoutSeconds;
    for (const impl of names) {
      const command = commands[impl]!;
      const result: ImplResult = { command, samples: [], median: null, maxRssKb: null, error: null };
      results[impl] = result;
      const wrapped = this.measureMemory ? this.measureMemory(command) : null;
      const warm = await runOnce(wrapped ? wrapped.command : command, timeout, this.root);
      result.error = judge(warm, expected, timeout);
      if (wrapped && !result.error) result.maxRssKb = wrapped.read();
    }
    for (let round = 0; round < runs; round++) {
      for (let k = 0; k < names.length; k++) {
        const impl = names[(round + k) % names.length];
        const result = results[impl]!;
        if (result.error) continue;
        const run = await runOnce(result.command, timeout, this.root);
        result.error = judge(run, expected, timeout);
        if (!result.error) result.samples.push(run.seconds);
      }
    }
    for (const impl of names) {
      const result = results[impl]!;
      if (!result.error && result.samples.length) result.median = median(result.samples);
    }
    return results;
  }

  interpreterCommands(src: string): Partial<Record<ImplName, string[]>> {
    const commands: Partial<Record<ImplName, string[]>> = { ruby: [this.ruby, src] };
    if (this.options.yjit) commands.yjit = [this.ruby, "--yjit", src];
    return commands;
  }
}

function fmtSeconds(s: number | null | undefined): string {
  if (s === null || s === undefined) return "-";
  return s < 0.1 ? s.toFixed(4) : s.toFixed(3);
}

function fmtRatio(r: number | null | undefined, none = "-"): string {
  if (r === null || r === undefined) return none;
  return r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2);
}

function fmtMb(kb: number | null | undefined): string {
  return kb === null || kb === undefined ? "-" : (kb / 1024).toFixed(1);
}

function shortCommit(root: string): string | null {
  const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" });
  return git.status === 0 ? git.stdout.trim() : null;
}

function rubyVersion(ruby: string): string {
  const v = spawnSync(ruby, ["-v"], { encoding: "utf8" });
  return v.status === 0 ? v.stdout.trim() : `unavailable (${ruby})`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const root = findRoot();
  const benchDir = path.join(root, "test/bench");
  const outDir = path.join(root, "build/bench");
  fs.mkdirSync(outDir, { recursive: true });
  const ruby = process.env.KILN_BENCH_RUBY || "ruby";

  const custom = process.env.KILN_BENCH_COMPILER;
  const compiler = custom
    ? { label: custom, command: (src: string, out: string) => ["/bin/sh", "-c", `${custom} "$@"`, "sh", src, "-o", out] }
    : { label: "./kiln build", command: (src: string, out: string) => [path.join(root, "kiln"), "build", src, "-o", out] };
  const bench = new Bench(root, options, outDir, ruby, compiler);

  const names = fs
    .readdirSync(benchDir)
    .filter((f) => f.endsWith(".rb"))
    .map((f) => f.slice(0, -3))
    .filter((n) => options.filter === null || n.includes(options.filter))
    .sort();
  if (names.length === 0) fail(`no benchmark matches ${JSON.stringify(options.filter)}`);

  const log = (line: string) => process.stderr.write(line + "\n");
  log(`bench: ${names.length} benchmarks, ${options.runs} runs each, compiler: ${compiler.label}`);

  // Start-up: the empty program, measured like a benchmark (more runs: it is cheap and small).
  const emptySrc = path.join(outDir, "empty.rb");
  fs.writeFileSync(emptySrc, "# empty program: measures start-up time only\n");
  const startupRuns = Math.max(options.runs, 10);
  const emptyCompile = await bench.compile(emptySrc, "empty");
  const startupCommands = bench.interpreterCommands(emptySrc);
  const startupAll: Partial<Record<ImplName, string[]>> = emptyCompile.binary
    ? { kiln: [emptyCompile.binary], ...startupCommands }
    : startupCommands;
  const startup = await bench.measure(startupAll, Buffer.alloc(0), startupRuns);
  if (emptyCompile.error) startup.kiln = { command: [], samples: [], median: null, maxRssKb: null, error: `compile failed: ${emptyCompile.error}` };
  const startupSeconds = (impl: ImplName) => startup[impl]?.median ?? null;
  log(
    `start-up: kiln ${fmtSeconds(startupSeconds("kiln"))} s, ruby ${fmtSeconds(startupSeconds("ruby"))} s` +
      (options.yjit ? `, yjit ${fmtSeconds(startupSeconds("yjit"))} s` : ""),
  );

  const results: BenchResult[] = [];
  for (const name of names) {
    const src = path.join(benchDir, `${name}.rb`);
    const outFile = path.join(benchDir, `${name}.out`);
    const result: BenchResult = {
      name,
      status: "ok",
      detail: null,
      compileSeconds: null,
      impls: {},
      ratios: { rubyOverKiln: null, yjitOverKiln: null, rubyAdjustedOverKiln: null, yjitAdjustedOverKiln: null },
    };
    results.push(result);
    if (!fs.existsSync(outFile)) {
      result.status = "no .out";
      result.detail = `missing ${path.relative(root, outFile)}: run test/bench/record.sh ${name}`;
      log(`${name}: NO EXPECTED OUTPUT (${result.detail})`);
      continue;
    }
    const expected = fs.readFileSync(outFile);

    const compiled = await bench.compile(src, name);
    result.compileSeconds = compiled.seconds;
    const commands: Partial<Record<ImplName, string[]>> = compiled.binary
      ? { kiln: [compiled.binary], ...bench.interpreterCommands(src) }
      : bench.interpreterCommands(src);
    result.impls = await bench.measure(commands, expected, options.runs);

    const kiln = result.impls.kiln;
    const interpreterError = result.impls.ruby?.error ?? result.impls.yjit?.error ?? null;
    if (compiled.error) {
      result.status = "compile failed";
      result.detail = compiled.error;
    } else if (kiln?.error) {
      result.status = kiln.error.startsWith("wrong output")
        ? "WRONG OUTPUT"
        : kiln.error.startsWith("timeout")
          ? "timeout"
          : "run failed";
      result.detail = kiln.error;
    }
    if (interpreterError) {
      // The expectation itself is broken (or ruby is): say so whatever kiln did.
      result.status = result.impls.ruby?.error ? "RUBY DIFFERS FROM .out" : "YJIT DIFFERS FROM .out";
      result.detail = interpreterError;
    }

    const k = kiln?.median ?? null;
    if (result.status === "ok" && k !== null && k > 0) {
      const r = result.impls.ruby?.median ?? null;
      const y = result.impls.yjit?.median ?? null;
      const adjusted = (t: number | null, s: number | null) => (t === null || s === null ? null : Math.max(t - s, 1e-6) / k);
      result.ratios.rubyOverKiln = r === null ? null : r / k;
      result.ratios.yjitOverKiln = y === null ? null : y / k;
      result.ratios.rubyAdjustedOverKiln = adjusted(r, startupSeconds("ruby"));
      result.ratios.yjitAdjustedOverKiln = adjusted(y, startupSeconds("yjit"));
    }
    log(
      `${name}: ${result.status}` +
        ` kiln ${fmtSeconds(kiln?.median)} ruby ${fmtSeconds(result.impls.ruby?.median)}` +
        (options.yjit ? ` yjit ${fmtSeconds(result.impls.yjit?.median)}` : "") +
        ` compile ${fmtSeconds(result.compileSeconds)}` +
        (result.detail ? `\n    ${result.detail}` : ""),
    );
  }

  const ok = results.filter((r) => r.status === "ok" && r.ratios.rubyOverKiln !== null);
  const pick = (f: (r: BenchResult) => number | null) => ok.map(f).filter((v): v is number => v !== null);
  const summary = {
    benchmarks: results.length,
    ok: ok.length,
    failed: results.length - ok.length,
    geomean: {
      rubyOverKiln: geomean(pick((r) => r.ratios.rubyOverKiln)),
      yjitOverKiln: geomean(pick((r) => r.ratios.yjitOverKiln)),
      rubyAdjustedOverKiln: geomean(pick((r) => r.ratios.rubyAdjustedOverKiln)),
      yjitAdjustedOverKiln: geomean(pick((r) => r.ratios.yjitAdjustedOverKiln)),
    },
    slowerThanRuby: ok.filter((r) => (r.ratios.rubyOverKiln ?? Infinity) < 1).map((r) => r.name),
    slowerThanYjit: ok.filter((r) => (r.ratios.yjitOverKiln ?? Infinity) < 1).map((r) => r.name),
  };

  const meta = {
    date: new Date().toISOString(),
    commit: shortCommit(root),
    host: { cpu: os.cpus()[0]?.model ?? "unknown", cores: os.cpus().length, loadavg: os.loadavg() },
    node: process.version,
    ruby: rubyVersion(ruby),
    compiler: compiler.label,
    runs: options.runs,
    yjit: options.yjit,
    memory: bench.hasMemory,
  };

  const json = {
    format: "kiln-bench 1",
    meta,
    startup: {
      seconds: { kiln: startupSeconds("kiln"), ruby: startupSeconds("ruby"), yjit: options.yjit ? startupSeconds("yjit") : null },
      impls: startup,
    },
    summary,
    results,
  };
  const jsonPath = path.join(root, "build/bench.json");
  fs.writeFileSync(jsonPath, JSON.stringify(json, null, 2) + "\n");

  const table = renderTable(results, startup, summary, options, bench.hasMemory);
  const md = renderMarkdown(meta, table, results, summary, startupSeconds, startup.kiln?.error ?? null);
  const mdPath = path.join(root, "build/bench.md");
  fs.writeFileSync(mdPath, md);

  process.stdout.write("\n" + table.join("\n") + "\n\n" + summaryLines(summary, startupSeconds, options).join("\n") + "\n");
  const failures = results.filter((r) => r.status !== "ok");
  if (startup.kiln?.error) process.stdout.write(`\nstart-up of kiln (empty program) not measured: ${startup.kiln.error}\n`);
  if (failures.length) {
    process.stdout.write(`\n${failures.length} benchmark(s) not measured for kiln:\n`);
    for (const r of failures) process.stdout.write(`  ${r.name}: ${describeFailure(r)}\n`);
  }
  process.stdout.write(`\nwrote ${path.relative(root, jsonPath)} and ${path.relative(root, mdPath)}\n`);

  const expectationBroken = results.some((r) => r.status.includes("DIFFERS FROM .out") || r.status === "no .out");
  if (expectationBroken || (options.strict && failures.length)) process.exit(1);
}

// "STATUS: detail", without repeating the status when the detail starts with it.
function describeFailure(r: BenchResult): string {
  if (!r.detail) return r.status;
  return r.detail.toLowerCase().startsWith(r.status.toLowerCase()) ? r.detail : `${r.status}: ${r.detail}`;
}

function renderTable(
  results: BenchResult[],
  startup: Partial<Record<ImplName, ImplResult>>,
  summary: { geomean: Record<string, number | null> },
  options: Options,
  memory: boolean,
): string[] {
  const header = ["benchmark", "kiln s", "ruby s"];
  if (options.yjit) header.push("yjit s");
  header.push("ruby/kiln");
  if (options.yjit) header.push("yjit/kiln");
  header.push("ruby-su/kiln");
  if (options.yjit) header.push("yjit-su/kiln");
  header.push("compile s");
  if (memory) header.push("kiln MB", "ruby MB", ...(options.yjit ? ["yjit MB"] : []));
  header.push("status");

  const row = (
    name: string,
    impls: Partial<Record<ImplName, ImplResult>>,
    ratios: (number | null)[],
    compile: number | null,
    status: string,
  ): string[] => {
    const cells = [name, fmtSeconds(impls.kiln?.median), fmtSeconds(impls.ruby?.median)];
    if (options.yjit) cells.push(fmtSeconds(impls.yjit?.median));
    const [r, y, ra, ya] = ratios;
    cells.push(fmtRatio(r));
    if (options.yjit) cells.push(fmtRatio(y));
    cells.push(fmtRatio(ra));
    if (options.yjit) cells.push(fmtRatio(ya));
    cells.push(fmtSeconds(compile));
    if (memory) {
      cells.push(fmtMb(impls.kiln?.maxRssKb), fmtMb(impls.ruby?.maxRssKb));
      if (options.yjit) cells.push(fmtMb(impls.yjit?.maxRssKb));
    }
    cells.push(status);
    return cells;
  };

  const rows = results.map((r) =>
    row(
      r.name,
      r.impls,
      [r.ratios.rubyOverKiln, r.ratios.yjitOverKiln, r.ratios.rubyAdjustedOverKiln, r.ratios.yjitAdjustedOverKiln],
      r.compileSeconds,
      r.status,
    ),
  );
  const g = summary.geomean;
  const gm = ["geometric mean", "", ""];
  if (options.yjit) gm.push("");
  gm.push(fmtRatio(g.rubyOverKiln));
  if (options.yjit) gm.push(fmtRatio(g.yjitOverKiln));
  gm.push(fmtRatio(g.rubyAdjustedOverKiln));
  if (options.yjit) gm.push(fmtRatio(g.yjitAdjustedOverKiln));
  while (gm.length < header.length) gm.push("");
  const startupRow = row("(start-up: empty program)", startup, [null, null, null, null], null, startup.kiln?.error ? "kiln failed (see below)" : "");

  const all = [header, ...rows, startupRow, gm];
  const widths = header.map((_, i) => Math.max(...all.map((cells) => cells[i].length)));
  const numeric = (i: number) => i > 0 && i < header.length - 1;
  const line = (cells: string[]) =>
    "| " + cells.map((c, i) => (numeric(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ") + " |";
  const rule = "|" + widths.map((w, i) => (numeric(i) ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|") + "|";
  return [line(header), rule, ...rows.map(line), line(startupRow), line(gm)];
}

function summaryLines(
  summary: { ok: number; benchmarks: number; geomean: Record<string, number | null>; slowerThanRuby: string[]; slowerThanYjit: string[] },
  startupSeconds: (impl: ImplName) => number | null,
  options: Options,
): string[] {
  const g = summary.geomean;
  const times = (r: number | null) => (r === null ? "n/a" : `${fmtRatio(r)}x`);
  const lines = [
    `measured: ${summary.ok} of ${summary.benchmarks} benchmarks (geometric means cover only these)`,
    `geometric mean, kiln faster than ruby: ${times(g.rubyOverKiln)} (start-up adjusted: ${times(g.rubyAdjustedOverKiln)})`,
  ];
  if (options.yjit) {
    lines.push(
      `geometric mean, kiln faster than ruby --yjit: ${times(g.yjitOverKiln)} (start-up adjusted: ${times(g.yjitAdjustedOverKiln)})`,
    );
  }
  lines.push(
    `start-up (empty program): kiln ${fmtSeconds(startupSeconds("kiln"))} s, ruby ${fmtSeconds(startupSeconds("ruby"))} s` +
      (options.yjit ? `, ruby --yjit ${fmtSeconds(startupSeconds("yjit"))} s` : ""),
  );
  lines.push(`slower than ruby: ${summary.slowerThanRuby.length ? summary.slowerThanRuby.join(", ") : "none"}`);
  if (options.yjit) lines.push(`slower than ruby --yjit: ${summary.slowerThanYjit.length ? summary.slowerThanYjit.join(", ") : "none"}`);
  return lines;
}

function renderMarkdown(
  meta: Record<string, unknown>,
  table: string[],
  results: BenchResult[],
  summary: { ok: number; benchmarks: number; geomean: Record<string, number | null>; slowerThanRuby: string[]; slowerThanYjit: string[] },
  startupSeconds: (impl: ImplName) => number | null,
  startupError: string | null,
): string {
  const m = meta as { date: string; commit: string | null; host: { cpu: string; cores: number }; ruby: string; node: string; compiler: string; runs: number; yjit: boolean };
  const options = { yjit: m.yjit } as Options;
  const out = [
    "# kiln benchmarks",
    "",
    `${m.date}, commit ${m.commit ?? "?"}, ${m.host.cpu} (${m.host.cores} cores), ${m.ruby}, node ${m.node}.`,
    `Compiler: \`${m.compiler}\`. Median of ${m.runs} interleaved runs after one warm-up; times are wall seconds.`,
    "",
    "*x/kiln* is how many times faster kiln is than x. *x-su/kiln* subtracts x's start-up time",
    "(its median on an empty program) from x's time first; kiln's own start-up is not subtracted.",
    "MB is peak resident memory of the warm-up run. Only benchmarks with status ok enter the geometric means.",
    "",
    ...table,
    "",
    ...summaryLines(summary, startupSeconds, options).map((l) => `- ${l}`),
  ];
  const failures = results.filter((r) => r.status !== "ok");
  if (failures.length || startupError) {
    out.push("", "## Not measured for kiln", "");
    if (startupError) out.push(`- **start-up (empty program)**: ${startupError.replace(/`/g, "'")}`);
    for (const r of failures) out.push(`- **${r.name}**: ${describeFailure(r).replace(/`/g, "'")}`);
  }
  return out.join("\n") + "\n";
}

main().catch((err) => {
  console.error(`bench: internal error: ${err instanceof Error ? err.stack : err}`);
  process.exit(2);
});
