import type { FastifyReply } from "fastify";

/** RFC 6266/8187 `attachment` disposition: an ASCII name for old clients and the exact UTF-8 name for the rest. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A downloaded file can never run script, load anything or be framed, even if a browser is tricked into showing it. */
const FILE_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

/** Sends a stored document as a download, in its own media type, never cached, never sniffed or run. */
export function sendFile(reply: FastifyReply, file: { mediaType: string; fileName: string; bytes: Buffer }) {
  return reply
    .header("content-type", file.mediaType)
    .header("content-disposition", attachmentDisposition(file.fileName))
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", FILE_CSP)
    .header("cache-control", "no-store")
    .send(file.bytes);
}
