import { describe, expect, it } from "vitest";
import { base64ToBlob, fileToBase64 } from "./file-base64.ts";

describe("fileToBase64 and base64ToBlob", () => {
  it("carry every byte there and back, also past one chunk", async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const base64 = await fileToBase64(new Blob([bytes]));
    const back = new Uint8Array(await base64ToBlob(base64, "application/octet-stream").arrayBuffer());
    expect(back).toEqual(bytes);
  });

  it("encodes text as the API expects", async () => {
    await expect(fileToBase64(new Blob(["indicator;value\n"]))).resolves.toBe(btoa("indicator;value\n"));
  });
});
