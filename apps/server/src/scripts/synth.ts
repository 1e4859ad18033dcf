// Fills the configured database (DATABASE_URL, else the embedded PGlite) with a synthetic programme:
// `pnpm synth [--pacts 1000] [--indicators 20000] [--measurements 1000000]`. See synthetic-programme.ts.
import { parseArgs } from "node:util";
import { defaultSynthOptions, synthesizeProgramme, type SynthProgress } from "@zorgpact/db/synth/synthetic-programme";
import { openDatabase } from "../database-from-env.ts";
import { readEnv } from "../env.ts";

const { values } = parseArgs({
  options: {
    pacts: { type: "string", default: String(defaultSynthOptions.pacts) },
    indicators: { type: "string", default: String(defaultSynthOptions.indicators) },
    measurements: { type: "string", default: String(defaultSynthOptions.measurements) },
  },
});
const count = (name: string, raw: string): number => {
  const n = Number(raw.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} moet een geheel getal zijn, niet ${raw}`);
  return n;
};
const options = {
  pacts: count("pacts", values.pacts),
  indicators: count("indicators", values.indicators),
  measurements: count("measurements", values.measurements),
};

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const tty = process.stderr.isTTY;
let lastLine = "";
function draw({ step, done, total }: SynthProgress): void {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const width = 30;
  const filled = Math.round(share * width);
  const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${step} ${done.toLocaleString("nl-NL")}/${total.toLocaleString("nl-NL")} · ${seconds()} s`;
  if (tty) process.stderr.write(`\r${line.padEnd(lastLine.length)}`);
  else if (share === 1 || step !== lastLine.split(" ")[2]) process.stderr.write(`${line}\n`);
  lastLine = line;
}

const env = readEnv();
const handle = await openDatabase(env);
try {
  const result = await synthesizeProgramme(handle.db, options, draw);
  if (tty) process.stderr.write("\n");
  console.log(
    `Synthetisch programma geladen (${handle.kind}, run ${result.tag}): ${result.pacts.toLocaleString("nl-NL")} pacten, ` +
      `${result.indicators.toLocaleString("nl-NL")} indicatoren, ${result.measurements.toLocaleString("nl-NL")} metingen in ${seconds()} s.`,
  );
} finally {
  await handle.close();
}
