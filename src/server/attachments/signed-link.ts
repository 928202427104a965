import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Short-lived download links: the token names the attachment and when the link ends, signed with HMAC-SHA256
 * under a key derived from the app's secret (its own purpose, so a token is never valid anywhere else).
 * The signature is the whole authorisation of a download, so any change to the token makes it worthless.
 */
export interface LinkSigner {
  sign(attachmentId: string, expiresAt: Date): string;
  /** The attachment a valid, unexpired token names; null for anything else. */
  verify(token: string, now: Date): string | null;
}

const TOKEN_SHAPE = /^[0-9a-f-]{36}\.\d{1,12}\.[A-Za-z0-9_-]{43}$/;

export function linkSigner(secret: string, purpose = "attachment link"): LinkSigner {
  const key = createHmac("sha256", secret).update(`primacenters ${purpose} v1`).digest();
  const signatureOf = (payload: string) => createHmac("sha256", key).update(payload).digest();

  return {
    sign(attachmentId, expiresAt) {
      const payload = `${attachmentId}.${Math.floor(expiresAt.getTime() / 1000)}`;
      return `${payload}.${signatureOf(payload).toString("base64url")}`;
    },
    verify(token, now) {
      if (!TOKEN_SHAPE.test(token)) return null;
      const [attachmentId, expires, signature] = token.split(".") as [string, string, string];
      const given = Buffer.from(signature, "base64url");
      const expected = signatureOf(`${attachmentId}.${expires}`);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      if (Number(expires) * 1000 < now.getTime()) return null;
      return attachmentId;
    },
  };
}
