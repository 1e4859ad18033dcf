import { describe, expect, it } from "vitest";
import { asciiFileName, evidenceAddLinkInputSchema, evidenceFileName, evidenceLabel, looksLikeCsvText } from "./evidence.ts";

describe("evidence file names", () => {
  it("keeps the chosen name's base and gives it the extension of the detected type", () => {
    expect(evidenceFileName("rapport.pdf", "image/png")).toBe("rapport.png");
    expect(evidenceFileName("C:\\Users\\x\\Monitor 2017 (def).xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).toBe(
      "Monitor 2017 (def).xlsx",
    );
  });

  it("drops folders, control characters and leading dots, and never returns an empty name", () => {
    expect(evidenceFileName("../../etc/passwd", "text/csv")).toBe("passwd.csv");
    expect(evidenceFileName(".htaccess", "application/pdf")).toBe("bewijsstuk.pdf");
    expect(evidenceFileName('a"b\r\nc.pdf', "application/pdf")).toBe("a_b_c.pdf");
  });

  it("gives a header-safe ASCII fallback", () => {
    expect(asciiFileName("één–twee.pdf")).toBe("eentwee.pdf");
    expect(asciiFileName('a"b;c.pdf')).toBe("a_b_c.pdf");
  });
});

describe("evidence content rules", () => {
  it("takes text as CSV, and refuses NUL and other control bytes", () => {
    expect(looksLikeCsvText(Uint8Array.from("jaar;aantal\r\n2017;40\n", (c) => c.charCodeAt(0)))).toBe(true);
    expect(looksLikeCsvText(Uint8Array.from([0x6a, 0x00, 0x61]))).toBe(false);
    expect(looksLikeCsvText(Uint8Array.from([0x1b, 0x5b]))).toBe(false);
  });

  it("accepts https links only, without credentials", () => {
    const check = (url: string) =>
      evidenceAddLinkInputSchema.safeParse({ targetType: "measurement", targetId: "00000000-0000-4000-8000-000000000000", url }).success;
    expect(check("https://www.zorgpact.nl/monitor?jaar=2017#tabel")).toBe(true);
    for (const url of ["http://example.org", "javascript:alert(1)", "https://user:pw@example.org", "https:// spatie.nl", "ftp://example.org"])
      expect(check(url), url).toBe(false);
  });

  it("labels a link without a title by its host", () => {
    expect(evidenceLabel({ title: null, fileName: null, url: "https://www.cbs.nl/statline?x=1" })).toBe("www.cbs.nl");
  });
});
