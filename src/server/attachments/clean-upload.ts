import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { ACCEPTED_MEDIA_TYPES, type AcceptedMediaType } from "../../core/attachments/attachment-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";

/** Larger images are refused before they are decoded: a small file can unpack into gigabytes of pixels. */
const MAX_IMAGE_PIXELS = 50_000_000;

export interface CleanFile {
  mediaType: AcceptedMediaType;
  bytes: Buffer;
}

function unsupported(): DomainError {
  return new DomainError("unsupported_media_type", "Only JPEG, PNG and WebP images and PDF documents are accepted.");
}

function isAccepted(mime: string | undefined): mime is AcceptedMediaType {
  return (ACCEPTED_MEDIA_TYPES as readonly string[]).includes(mime ?? "");
}

/**
 * Decides what a file is from its bytes (what the sender called it does not count), refuses anything outside the
 * allow-list, and re-encodes images: the stored copy keeps the pixels, turned upright, and loses every piece of
 * metadata (EXIF with GPS position and camera serials, XMP, IPTC, comments).
 */
export async function cleanUpload(bytes: Buffer): Promise<CleanFile> {
  const detected = await fileTypeFromBuffer(bytes);
  const mediaType = detected?.mime;
  if (!isAccepted(mediaType)) throw unsupported();
  if (mediaType === "application/pdf") return { mediaType, bytes };
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" }).autoOrient();
    const encoded =
      mediaType === "image/jpeg"
        ? image.jpeg({ quality: 88, mozjpeg: true })
        : mediaType === "image/png"
          ? image.png({ compressionLevel: 9 })
          : image.webp({ quality: 88 });
    return { mediaType, bytes: await encoded.toBuffer() };
  } catch {
    // A file that starts like an image but does not decode as one is not what it claims to be.
    throw unsupported();
  }
}
