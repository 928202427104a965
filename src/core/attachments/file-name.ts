const MAX_LENGTH = 120;

/**
 * A file name safe to store and to send back in Content-Disposition: the last part of any path, without control
 * characters, quotes or characters that mean something to a file system or a header, and not too long.
 */
export function sanitiseFileName(raw: string, fallback = "document"): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}"'<>:|?*;%]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (cleaned.length === 0) return fallback;
  if (cleaned.length <= MAX_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, MAX_LENGTH - extension.length) + extension;
}

/** The extension that matches the stored content, so a renamed "photo.pdf" that is a JPEG downloads as .jpg. */
const EXTENSIONS: Record<string, string> = {
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/webp": ".webp",
  "application/pdf": ".pdf",
};

export function withMatchingExtension(fileName: string, mediaType: string): string {
  const extension = EXTENSIONS[mediaType];
  if (!extension) return fileName;
  const stem = fileName.replace(/\.[^.]{1,10}$/, "");
  return `${stem.slice(0, MAX_LENGTH - extension.length) || "document"}${extension}`;
}
