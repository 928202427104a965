import { describe, expect, it } from "vitest";
import { MAX_ATTACHMENT_BYTES } from "../../../core/attachments/attachment-schemas.js";
import { ApiError } from "../../api/api-error.js";
import { uploadProblemKey } from "./upload-problem.js";

const small = new File(["%PDF-1.4"], "permit.pdf", { type: "application/pdf" });

describe("what stops an upload", () => {
  it("asks for a kind and a file first", () => {
    expect(uploadProblemKey({ kind: null, file: small })).toBe("error.kindRequired");
    expect(uploadProblemKey({ kind: "contract", file: null })).toBe("error.fileRequired");
    expect(uploadProblemKey({ kind: "contract", file: small })).toBeNull();
  });

  it("refuses a file over the limit before sending it", () => {
    const big = { size: MAX_ATTACHMENT_BYTES + 1 } as File;
    expect(uploadProblemKey({ kind: "photo", file: big })).toBe("error.tooLarge");
  });

  it("explains the API's 413 and 415, and says the rest in the shared words", () => {
    const refused = (status: number, code: "payload_too_large" | "unsupported_media_type" | "not_found") =>
      uploadProblemKey({ kind: "photo", file: small, error: new ApiError(status, code, "") });
    expect(refused(413, "payload_too_large")).toBe("error.tooLarge");
    expect(refused(415, "unsupported_media_type")).toBe("error.unsupported");
    expect(refused(404, "not_found")).toBe("errors:code.not_found");
  });
});
