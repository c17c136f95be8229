// kiln.ts: the `kiln` command: parses arguments and drives the stages.

import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { readAst, writeAst } from "./ast.js";
import { compileProgram, Stage0Error } from "./compile/index.js";
import { writeFileAtomic } from "./files.js";
import { ParseError, parseProgram } from "./parse.js";

const USAGE = `usage: kiln parse FILE.rb [-o FILE.ast]   write the program's AST file
       kiln stage0 FILE.ast [-o FILE.c]  translate a stage1-dialect program to C (stage0)
       kiln --help | --version`;

class UsageError extends Error {}

function fail(message: string): never {
  process.stderr.write(message.endsWith("\n") ? message : message + "\n");
  process.exit(1);
}

/** Splits `-o PATH` out of args; returns the output and the rest. */
function takeOutput(args: string[]): { output: string | null; rest: string[] } {
  const rest: string[] = [];
  let output: string | null = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "-o") {
      if (i + 1 >= args.length) throw new UsageError("kiln: -o needs a path");
      output = args[++i];
    } else rest.push(args[i]);
  }
  return { output, rest };
}

async function cmdParse(args: string[]): Promise<void> {
  const { output, rest } = takeOutput(args);
  if (rest.length !== 1 || rest[0].startsWith("-")) throw new UsageError("kiln parse: expected one Ruby file");
  const input = rest[0];
  const ast = await parseProgram(input);
  writeFileAtomic(output ?? basename(input).replace(/\.rb$/, "") + ".ast", writeAst(ast));
}

function cmdStage0(args: string[]): void {
  const { output, rest } = takeOutput(args);
  if (rest.length !== 1 || rest[0].startsWith("-")) throw new UsageError("kiln stage0: expected one AST file");
  const input = rest[0];
  const c = compileProgram(readAst(readFileSync(input, "utf8"), input));
  writeFileAtomic(output ?? basename(input).replace(/\.ast$/, "") + ".c", c);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (command === undefined || command === "--help" || command === "-h") {
    process.stdout.write(USAGE + "\n");
    return;
  }
  if (command === "--version") {
    process.stdout.write("kiln 0.1.0\n");
    return;
  }
  if (command === "parse") return cmdParse(args);
  if (command === "stage0") return cmdStage0(args);
  throw new UsageError(`kiln: unknown command '${command}'`);
}

main(process.argv.slice(2)).catch((e) => {
  if (e instanceof UsageError) fail(`${e.message}\n${USAGE}`);
  if (e instanceof ParseError || e instanceof Stage0Error) fail(e.message);
  fail(`kiln: internal error (a kiln bug; please report it): ${(e as Error).stack ?? e}`);
});
