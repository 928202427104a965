import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type Attachment, MAX_ATTACHMENT_BYTES } from "../../src/core/attachments/attachment-schemas.js";
import type { Worker } from "../../src/core/workers/worker-schemas.js";
import { attachments } from "../../src/db/schema/attachments.js";
import { auditTrailOf, expectApiError, type Requester } from "../support/employers-and-offers.js";
import { workerInput } from "../support/fixtures.js";
import { createTestWorld, signInEveryRole, signInWorker, type TestWorld } from "../support/test-app.js";

let world: TestWorld;
let caseworker: Requester;
let coordinator: Requester;
let inspector: Requester;
let otherCentreCaseworker: Requester;
let anonymous: Requester;
let worker: Worker;
let foreignWorker: Worker;

beforeAll(async () => {
  world = await createTestWorld();
  ({ caseworker, coordinator, inspector, otherCentreCaseworker, anonymous } = await signInEveryRole(world));
  worker = (await caseworker({ method: "POST", url: "/api/workers", payload: workerInput() })).json();
  foreignWorker = (await otherCentreCaseworker({ method: "POST", url: "/api/workers", payload: workerInput() })).json();
});
afterAll(() => world.close());
afterEach(() => vi.useRealTimers());

interface FilePart {
  name: string;
  type: string;
  bytes: Buffer;
}

/** A multipart/form-data body as a browser sends it. */
function multipart(fields: Record<string, string>, file?: FilePart) {
  const boundary = "----primacenters-test-boundary";
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(parts) };
}

function upload(request: Requester, workerId: string, kind: string, file?: FilePart, headers: Record<string, string> = {}) {
  const body = multipart({ kind }, file);
  return request({
    method: "POST",
    url: `/api/workers/${workerId}/attachments`,
    headers: { ...body.headers, ...headers },
    payload: body.payload,
  });
}

/** A phone photo: 40×20 pixels stored sideways (orientation 6) with the GPS position of where it was taken. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "PhoneMaker", Model: "Field 7", ImageDescription: "Amina at the farm gate" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "37/1 5/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "22/1 25/1 0/1" },
    })
    .toBuffer();
}

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function storedRow(id: string) {
  const [row] = await world.connection.db.select().from(attachments).where(eq(attachments.id, id));
  return row;
}

async function rowCount() {
  return (await world.connection.db.select({ id: attachments.id }).from(attachments)).length;
}

describe("uploading a document", () => {
  it("strips a photo of its EXIF and GPS position, turns it upright and keeps what it is", async () => {
    const original = await photoWithGps();
    const before = await sharp(original).metadata();
    expect(before.orientation).toBe(6);
    expect(original.includes("PhoneMaker")).toBe(true);
    const response = await upload(caseworker, worker.id, "photo", { name: "../../IMG_2041.jpeg", type: "image/jpeg", bytes: original });
    expect(response.statusCode, response.body).toBe(201);
    const created: Attachment = response.json();
    expect(created).toMatchObject({ workerId: worker.id, kind: "photo", mediaType: "image/jpeg", fileName: "IMG_2041.jpg" });

    const row = await storedRow(created.id);
    const stored = row?.bytes as Buffer;
    const metadata = await sharp(stored).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.iptc).toBeUndefined();
    expect(metadata.orientation ?? 1).toBe(1);
    expect([metadata.width, metadata.height]).toEqual([20, 40]);
    expect(stored.includes("PhoneMaker")).toBe(false);
    expect(stored.includes("farm gate")).toBe(false);
    expect(created.size).toBe(stored.length);
    expect(created.sha256).toBe(createHash("sha256").update(stored).digest("hex"));
  });

  it("accepts a PDF as it is, whatever the sender called its type", async () => {
    const response = await upload(caseworker, worker.id, "work_permit", { name: "permit", type: "application/octet-stream", bytes: PDF });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ mediaType: "application/pdf", fileName: "permit.pdf", size: PDF.length });
    expect((await storedRow(response.json().id))?.bytes.equals(PDF)).toBe(true);
  });

  it("refuses with 415 a file that is not what it claims, or not on the list, and stores nothing", async () => {
    const before = await rowCount();
    const script = Buffer.from("<script>alert(1)</script>");
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "red" } })
      .gif()
      .toBuffer();
    const brokenJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
    for (const file of [
      { name: "photo.jpg", type: "image/jpeg", bytes: script },
      { name: "card.png", type: "image/png", bytes: gif },
      { name: "scan.jpg", type: "image/jpeg", bytes: brokenJpeg },
    ]) {
      expectApiError(await upload(caseworker, worker.id, "photo", file), 415, "unsupported_media_type");
    }
    expectApiError(
      await caseworker({ method: "POST", url: `/api/workers/${worker.id}/attachments`, payload: { kind: "photo" } }),
      415,
      "unsupported_media_type",
    );
    expect(await rowCount()).toBe(before);
  });

  it("refuses with 413 a file over 8 MB, and stores nothing", async () => {
    const before = await rowCount();
    const huge = Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES, 32)]);
    const response = await upload(caseworker, worker.id, "contract", { name: "contract.pdf", type: "application/pdf", bytes: huge });
    expectApiError(response, 413, "payload_too_large");
    expect(await rowCount()).toBe(before);
  });

  it("needs a kind from the list and a file", async () => {
    expectApiError(
      await upload(caseworker, worker.id, "passport-ish", { name: "p.pdf", type: "application/pdf", bytes: PDF }),
      400,
      "validation_failed",
      [{ path: ["kind"], message: "errors.required" }],
    );
    expectApiError(await upload(caseworker, worker.id, "contract"), 400, "validation_failed", [
      { path: ["file"], message: "errors.required" },
    ]);
  });

  it("runs once per Idempotency-Key, and refuses the key with another file", async () => {
    const before = await rowCount();
    const headers = { "idempotency-key": "upload-retry-0001" };
    const file = { name: "certificate.pdf", type: "application/pdf", bytes: PDF };
    const first = await upload(caseworker, worker.id, "certificate", file, headers);
    const retry = await upload(caseworker, worker.id, "certificate", file, headers);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json().id).toBe(first.json().id);
    expect(await rowCount()).toBe(before + 1);
    const other = { ...file, bytes: Buffer.concat([PDF, Buffer.from("% another\n")]) };
    expectApiError(await upload(caseworker, worker.id, "certificate", other, headers), 422, "idempotency_conflict");
  });

  it("answers 404 for another centre's worker (audited as denied) and 403 to roles that never upload", async () => {
    const file = { name: "p.pdf", type: "application/pdf", bytes: PDF };
    expectApiError(await upload(caseworker, foreignWorker.id, "other", file), 404, "not_found");
    const denied = await auditTrailOf(world, foreignWorker.id, "attachment.upload");
    expect(denied.some((entry) => entry.outcome === "denied")).toBe(true);
    expectApiError(await upload(inspector, worker.id, "other", file), 403, "forbidden");
    expectApiError(await upload(anonymous, worker.id, "other", file), 401, "unauthenticated");
  });
});

describe("listing, opening and deleting documents", () => {
  async function uploadedPdf(kind = "contract"): Promise<Attachment> {
    const response = await upload(caseworker, worker.id, kind, { name: "Σύμβαση εργασίας.pdf", type: "application/pdf", bytes: PDF });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it("lists the file's documents, newest first, without their contents", async () => {
    const created = await uploadedPdf();
    const response = await coordinator({ method: "GET", url: `/api/workers/${worker.id}/attachments` });
    expect(response.statusCode).toBe(200);
    const listed: Attachment[] = response.json();
    expect(listed[0]).toEqual(created);
    expect(listed.every((item) => !("bytes" in item))).toBe(true);
    expectApiError(await otherCentreCaseworker({ method: "GET", url: `/api/workers/${worker.id}/attachments` }), 404, "not_found");
  });

  it("opens a document through a signed link that works for five minutes, with safe headers, audited", async () => {
    const created = await uploadedPdf();
    const linked = await caseworker({ method: "POST", url: `/api/attachments/${created.id}/link` });
    expect(linked.statusCode, linked.body).toBe(200);
    const { url, expiresAt } = linked.json();
    expect(url).toMatch(/^\/api\/files\//);
    const lifetime = Date.parse(expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(4 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(5 * 60_000);

    const download = await anonymous({ method: "GET", url });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="_______ ________.pdf"; filename*=UTF-8''${encodeURIComponent("Σύμβαση εργασίας.pdf")}`,
    );
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-security-policy"]).toContain("sandbox");
    expect(download.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(download.headers["cache-control"]).toBe("no-store");

    const trail = await auditTrailOf(world, created.id);
    expect(trail.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["attachment.upload", "attachment.link", "attachment.download"]),
    );
    expect(JSON.stringify(trail)).not.toContain("Σύμβαση");

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.parse(expiresAt) + 1000);
    expectApiError(await anonymous({ method: "GET", url }), 404, "not_found");
  });

  it("answers 404 in the error shape to a changed or forged link", async () => {
    const created = await uploadedPdf();
    const { url } = (await caseworker({ method: "POST", url: `/api/attachments/${created.id}/link` })).json();
    const token = url.slice("/api/files/".length) as string;
    const [id, expires, signature] = token.split(".") as [string, string, string];
    const tampered = [
      `${id}.${Number(expires) + 86_400}.${signature}`,
      `${foreignWorker.id}.${expires}.${signature}`,
      `${id}.${expires}.${"A".repeat(43)}`,
      `${id}.${expires}`,
      "nothing-here",
    ];
    for (const forged of tampered) expectApiError(await anonymous({ method: "GET", url: `/api/files/${forged}` }), 404, "not_found");
  });

  it("gives no link to another centre's document", async () => {
    const created = await uploadedPdf();
    expectApiError(await otherCentreCaseworker({ method: "POST", url: `/api/attachments/${created.id}/link` }), 404, "not_found");
    expectApiError(
      await caseworker({ method: "POST", url: "/api/attachments/00000000-0000-4000-8000-000000000000/link" }),
      404,
      "not_found",
    );
  });

  it("deletes a document for good: its links stop working, and the deletion is audited", async () => {
    const created = await uploadedPdf("other");
    const { url } = (await caseworker({ method: "POST", url: `/api/attachments/${created.id}/link` })).json();
    expectApiError(await otherCentreCaseworker({ method: "DELETE", url: `/api/attachments/${created.id}` }), 404, "not_found");
    const deleted = await coordinator({ method: "DELETE", url: `/api/attachments/${created.id}` });
    expect(deleted.statusCode).toBe(204);
    expect(await storedRow(created.id)).toBeUndefined();
    expectApiError(await anonymous({ method: "GET", url }), 404, "not_found");
    expectApiError(await coordinator({ method: "DELETE", url: `/api/attachments/${created.id}` }), 404, "not_found");
    const outcomes = (await auditTrailOf(world, created.id, "attachment.delete")).map((entry) => entry.outcome);
    expect(outcomes.sort()).toEqual(["allowed", "denied"]);
  });
});

describe("a worker's own documents", () => {
  it("a worker adds and opens documents of their own file, and cannot delete them", async () => {
    const own = await signInWorker(world, worker.phone);
    const { as } = await import("../support/test-app.js");
    const asWorker = as(world.app, own);
    const created = await upload(asWorker, worker.id, "certificate", { name: "tractor.pdf", type: "application/pdf", bytes: PDF });
    expect(created.statusCode, created.body).toBe(201);
    expect((await asWorker({ method: "GET", url: `/api/workers/${worker.id}/attachments` })).statusCode).toBe(200);
    expect((await asWorker({ method: "POST", url: `/api/attachments/${created.json().id}/link` })).statusCode).toBe(200);
    expectApiError(await asWorker({ method: "DELETE", url: `/api/attachments/${created.json().id}` }), 403, "forbidden");
    expectApiError(
      await upload(asWorker, foreignWorker.id, "other", { name: "x.pdf", type: "application/pdf", bytes: PDF }),
      404,
      "not_found",
    );
  });
});

describe("the logs of a download", () => {
  it("name the route, never the link's token", async () => {
    const { logSerializers } = await import("../../src/server/plugins/log-serializers.js");
    const request = { method: "GET", url: "/api/files/3f0c.1780000000.c2lnbmF0dXJl", routeOptions: { url: "/api/files/:token" } };
    expect(logSerializers.req(request as never)).toEqual({ method: "GET", url: "/api/files/:token", route: "/api/files/:token" });
  });
});
