import { readdirSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { baseUrl } from "../browser.ts";

/**
 * What the production server sends for the public site (issue 14): compressed text, long-lived
 * immutable hashed assets, revalidated HTML, no source maps. Plain HTTP requests (no browser), so
 * the headers and the bytes on the wire are exactly what the server wrote.
 */
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const pactPath = "/zorgpacten/zorgpact-noord";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: number;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl()}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: body.length, body });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const brotli = { "accept-encoding": "br, gzip" };
const gzipOnly = { "accept-encoding": "gzip" };

/** The page's own script and stylesheet tags, as served. */
async function assetsOf(path: string): Promise<{ scripts: string[]; styles: string[] }> {
  const html = (await get(path)).body.toString("utf8");
  const scripts = [
    ...html.matchAll(/<script[^>]*\ssrc="(\/assets\/[^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="(\/assets\/[^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"/g)].map((m) => m[1]!);
  return { scripts, styles };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("public site transfer", () => {
  it("sends a page's HTML compressed, revalidated on every visit with an ETag, and 304 when unchanged", async () => {
    const plain = await get(pactPath, { "accept-encoding": "identity" });
    expect(plain.status).toBe(200);
    expect(plain.headers["content-type"]).toMatch(/^text\/html/);

    const br = await get(pactPath, brotli);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.bytes).toBeLessThan(plain.bytes / 3);
    const gz = await get(pactPath, gzipOnly);
    expect(gz.headers["content-encoding"]).toBe("gzip");

    expect(br.headers["cache-control"]).toBe("no-cache");
    const etag = br.headers.etag;
    expect(etag, "ETag on the HTML").toEqual(expect.any(String));
    const again = await get(pactPath, { ...brotli, "if-none-match": String(etag) });
    expect(again.status).toBe(304);
    expect(again.bytes).toBe(0);
  });

  it("sends the page's own JavaScript and CSS precompressed, cached for a year as immutable", async () => {
    const { scripts, styles } = await assetsOf(pactPath);
    expect(scripts.length).toBeGreaterThan(0);
    expect(styles.length).toBeGreaterThan(0);
    for (const path of [...scripts, ...styles]) {
      const plain = await get(path, { "accept-encoding": "identity" });
      const br = await get(path, brotli);
      const gz = await get(path, gzipOnly);
      expect(br.status, path).toBe(200);
      expect(br.headers["cache-control"], path).toBe("public, max-age=31536000, immutable");
      // Files under the precompression threshold go out as they are; every real asset is larger.
      if (plain.bytes > 1024) {
        expect(br.headers["content-encoding"], path).toBe("br");
        expect(gz.headers["content-encoding"], path).toBe("gzip");
        expect(br.bytes, path).toBeLessThan(plain.bytes);
      }
      expect(br.headers["content-type"], path).toMatch(path.endsWith(".js") ? /javascript/ : /^text\/css/);
    }
  });

  it("compresses JSON answers: a tRPC query and /v1/pacts", async () => {
    for (const path of [`/trpc/pact.list?input=${encodeURIComponent("{}")}`, "/v1/pacts"]) {
      const br = await get(path, brotli);
      expect(br.status, path).toBe(200);
      expect(br.headers["content-type"], path).toMatch(/^application\/json/);
      expect(br.headers["content-encoding"], path).toBe("br");
      const gz = await get(path, gzipOnly);
      expect(gz.headers["content-encoding"], path).toBe("gzip");
    }
  });

  it("builds no source maps and serves none", async () => {
    for (const dist of ["apps/public/dist", "apps/admin/dist"]) {
      const maps = filesUnder(join(repoRoot, dist)).filter((file) => /\.map(\.br|\.gz)?$/.test(file));
      expect(maps, dist).toEqual([]);
    }
    const { scripts, styles } = await assetsOf("/");
    for (const path of [...scripts, ...styles]) {
      const map = await get(`${path}.map`);
      expect(map.status, `${path}.map`).toBe(404);
      const source = (await get(path)).body.toString("utf8");
      expect(source, path).not.toContain("sourceMappingURL");
    }
  });
});
